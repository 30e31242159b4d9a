namespace Sightline.Analysis.Go.Binding;

/// <summary>
/// What binding knows of a value's type: a named type (pointers collapsed: a method set question only needs
/// the name), a container with its element, or a function with its results.
/// </summary>
internal sealed record GoType(string Kind, string? Path = null, string? Name = null, GoType? Elem = null, GoType? Key = null)
{
    public IReadOnlyList<GoType?> Results { get; init; } = [];

    public static GoType Named(string path, string name) => new("named", path, name);

    public bool IsNamed => Kind == "named";
}

/// <summary>A local variable: its type when the declaration shows it.</summary>
internal sealed record Local(GoType? Type);
