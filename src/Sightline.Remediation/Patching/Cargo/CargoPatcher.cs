using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching.Cargo;

/// <summary>
/// Cargo.toml: the version requirement of a dependency in [dependencies], dev-, build-, target-specific and
/// [workspace.dependencies] tables, edited inside its string. A member inheriting its version
/// (<c>regex.workspace = true</c>) names the root's entry as <see cref="PatchResult.Property"/>. Cargo has no
/// manifest-level pin for a transitive crate: a Pin becomes a lockfile update (<c>cargo update --precise</c>).
/// </summary>
public sealed partial class CargoPatcher : IManifestPatcher
{
    /// <summary>The property prefix naming a [workspace.dependencies] entry: "workspace.dependencies.regex".</summary>
    public const string WorkspacePrefix = "workspace.dependencies.";

    public string Id => "cargo";

    public Ecosystem Ecosystem => Ecosystem.Cargo;

    public bool Handles(string path) => FileName(path) == "Cargo.toml";

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        if (!TryParse(path, text, out var document, out var problem))
        {
            return PatchResult.Unchanged(problem);
        }

        var declared = CargoDependencies.Find(document, request.Package);
        if (declared.Count == 0)
        {
            return request.Kind == PatchKind.Pin
                ? new PatchResult(null, [LockfileUpdate(request)])
                : PatchResult.Unchanged($"{path}: {request.Package} is not declared in any dependency table");
        }

        var inherited = declared.FirstOrDefault(d => d.Inherited);
        var edited = Edit(path, text, declared.Where(d => !d.Inherited).ToList(), request.TargetVersion);
        if (inherited is null || edited.Problem is not null)
        {
            return edited;
        }

        var property = WorkspacePrefix + inherited.Key;
        return edited.NewText is null
            ? new PatchResult(null, [], $"{path}: {request.Package} inherits its version from the workspace root ([workspace.dependencies] {inherited.Key}): patch the root Cargo.toml", property)
            : edited with { Property = property };
    }

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(value);
        if (!property.StartsWith(WorkspacePrefix, StringComparison.Ordinal))
        {
            return PatchResult.Unchanged($"{path}: Cargo.toml has no property '{property}' (only {WorkspacePrefix}<crate>)");
        }

        if (!TryParse(path, text, out var document, out var problem))
        {
            return PatchResult.Unchanged(problem);
        }

        var key = property[WorkspacePrefix.Length..];
        var declared = CargoDependencies.Find(document, key).Where(d => d.Section == "workspace.dependencies").ToList();
        return declared.Count == 0
            ? PatchResult.Unchanged($"{path}: [workspace.dependencies] does not declare {key}")
            : Edit(path, text, declared, value);
    }

    /// <summary>
    /// <c>cargo update --workspace</c> when a Cargo.lock sits beside the manifest or above it (a workspace root):
    /// it re-resolves only what the edited requirements force, unlike a plain <c>cargo update</c>.
    /// </summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        for (var folder = Folder(path); folder is not null; folder = Parent(folder))
        {
            if (repositoryFiles.Contains(folder.Length == 0 ? "Cargo.lock" : folder + "/Cargo.lock"))
            {
                return ["cargo", "update", "--workspace"];
            }
        }

        return null;
    }

    private static string LockfileUpdate(PatchRequest request)
    {
        var spec = request.CurrentVersion is { Length: > 0 } current ? $"{request.Package}@{current}" : request.Package;
        return $"lockfile update: cargo update -p {spec} --precise {request.TargetVersion}";
    }

    private static bool TryParse(string path, string text, out TomlDocument document, out string problem)
    {
        try
        {
            document = TomlDocument.Parse(text);
            problem = "";
            return true;
        }
        catch (TomlException e)
        {
            document = null!;
            problem = $"{path}:{SpanEdits.LineNumber(text, e.Offset)}: not valid TOML: {e.Message}";
            return false;
        }
    }

    private static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    private static string? Parent(string folder) => folder.Length == 0 ? null : Folder(folder);
}
