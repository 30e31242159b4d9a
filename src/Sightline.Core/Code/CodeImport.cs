namespace Sightline.Core.Code;

/// <summary>
/// An import of a package or namespace: JavaScript `require("lodash/merge")` / `import x from "lodash"`
/// (<see cref="Package"/> "lodash", <see cref="Specifier"/> as written), C# `using Newtonsoft.Json;`
/// (<see cref="Package"/> null, <see cref="Specifier"/> the namespace). Relative imports of the
/// repository's own files are not listed.
/// </summary>
public sealed record CodeImport(string Specifier, string? Package, int Line, int Column)
{
    /// <summary>The local name bound to it, when there is one ("_", "merge", an alias).</summary>
    public string? Alias { get; init; }
}
