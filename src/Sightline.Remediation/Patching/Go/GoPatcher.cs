using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching.Go;

/// <summary>
/// go.mod: a Bump edits the version of an existing require (single-line or in a block, comments such as
/// "// indirect" kept); a Pin edits it or adds "module vX // indirect" to the last require block: under
/// minimal version selection the highest require wins, so a require is the pin. Replaced modules are refused.
/// </summary>
public sealed partial class GoPatcher : IManifestPatcher
{
    public string Id => "go";

    public Ecosystem Ecosystem => Ecosystem.Go;

    public bool Handles(string path) => path is not null && (path == "go.mod" || path.EndsWith("/go.mod", StringComparison.Ordinal));

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        GoModFile file;
        try
        {
            file = GoModFile.Parse(text);
        }
        catch (FormatException e)
        {
            return PatchResult.Unchanged($"{path}: not a valid go.mod: {e.Message}");
        }

        var module = request.Package;
        var target = request.TargetVersion.StartsWith('v') ? request.TargetVersion : "v" + request.TargetVersion;
        var scheme = VersionSchemes.For(Ecosystem.Go)!;
        if (!scheme.TryParse(target, out var wanted))
        {
            return PatchResult.Unchanged($"{path}: {module}: target '{target}' is not a Go module version");
        }

        var replace = file.Directives.FirstOrDefault(d => d.Verb == "replace" && d.Arguments.Count > 0 && d.Arguments[0].Value == module);
        if (replace is not null)
        {
            var arrow = replace.Arguments.ToList().FindIndex(t => t.Value == "=>");
            var by = string.Join(' ', replace.Arguments.Skip(arrow + 1).Select(t => t.Value));
            return PatchResult.Unchanged($"{path}: {module} is replaced by {by}: the replace directive decides its version, not the require");
        }

        var requires = file.Directives.Where(d => d.Verb == "require" && d.Arguments.Count >= 2 && d.Arguments[0].Value == module).ToList();
        if (requires.Count == 0)
        {
            return request.Kind == PatchKind.Pin
                ? AddRequire(text, file, module, target)
                : PatchResult.Unchanged($"{path}: {module} is not required by this go.mod");
        }

        var edits = new List<SpanEdit>();
        var changes = new List<string>();
        foreach (var version in requires.Select(r => r.Arguments[1]))
        {
            if (!scheme.TryParse(version.Value, out var declared))
            {
                return PatchResult.Unchanged($"{path}: {module} requires '{version.Value}', not a Go module version");
            }

            if (declared.CompareTo(wanted) < 0)
            {
                edits.Add(new SpanEdit(version.Start, version.End, target));
                changes.Add($"require {module} {version.Value} -> {target}");
            }
        }

        return edits.Count == 0 ? new PatchResult(null, []) : new PatchResult(SpanEdits.Apply(text, edits), changes);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value) =>
        PatchResult.Unchanged($"{path}: go.mod has no properties ('{property}')");

    /// <summary><c>go mod tidy</c>: rewrites go.sum for the new requirement and drops a pin the build graph does not need.</summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles) => ["go", "mod", "tidy"];
}
