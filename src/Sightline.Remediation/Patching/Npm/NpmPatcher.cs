using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Npm;

/// <summary>package.json: bumps a dependency's spec in place; pins through overrides, resolutions or pnpm.overrides.</summary>
internal sealed partial class NpmPatcher : IManifestPatcher
{
    private static readonly string[] Sections = ["dependencies", "devDependencies", "optionalDependencies"];

    public string Id => "npm";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool Handles(string path) => string.Equals(PatchPaths.FileName(path), "package.json", StringComparison.Ordinal);

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var root = JsonSpanParser.TryParse(text, out var error);
        if (root is not { Kind: JsonKind.Object })
        {
            return PatchResult.Unchanged($"{path}: not a JSON object ({error ?? "the root is not an object"})");
        }

        return request.Kind == PatchKind.Bump ? Bump(path, text, root, request) : Pin(path, text, root, request);
    }

    /// <summary>package.json defines no variables: versions are literal.</summary>
    public PatchResult PatchProperty(string path, string text, string property, string value) =>
        PatchResult.Unchanged($"{path}: package.json has no properties ('{property}' is not defined here)");

    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        var files = new HashSet<string>(repositoryFiles, StringComparer.Ordinal);

        // A workspace member has no lockfile of its own: the nearest one above it is the workspace's.
        foreach (var folder in PatchPaths.FolderAndAncestors(path))
        {
            if (files.Contains(PatchPaths.Join(folder, "package-lock.json")) || files.Contains(PatchPaths.Join(folder, "npm-shrinkwrap.json")))
            {
                return ["npm", "install", "--package-lock-only", "--ignore-scripts"];
            }

            if (files.Contains(PatchPaths.Join(folder, "yarn.lock")))
            {
                return ["yarn", "install", "--mode", "update-lockfile"];
            }

            if (files.Contains(PatchPaths.Join(folder, "pnpm-lock.yaml")))
            {
                return ["pnpm", "install", "--lockfile-only", "--ignore-scripts"];
            }
        }

        return null;
    }

    private static PatchResult Bump(string path, string text, JsonSpan root, PatchRequest request)
    {
        var entries = Entries(root, request.Package, Sections);
        if (entries.Count == 0)
        {
            // A peer range is the contract with the host; it is raised only when nothing else declares the package.
            entries = Entries(root, request.Package, ["peerDependencies"]);
        }

        if (entries.Count == 0)
        {
            return PatchResult.Unchanged($"{path}: {request.Package} is not a dependency declared here");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        foreach (var (section, value) in entries)
        {
            if (value.Kind != JsonKind.String)
            {
                return PatchResult.Unchanged($"{path}: {section}.{request.Package} is not a string");
            }

            var spec = NpmSpec.Rewrite(value.Text!, request.TargetVersion, out var problem, out var satisfied);
            if (spec is null)
            {
                return PatchResult.Unchanged($"{path}: {section}.{request.Package}: {problem}");
            }

            if (!satisfied)
            {
                edits.Add(new TextEdit(value.Start, value.End - value.Start, JsonText.Quote(spec)));
                changes.Add($"{path}: {section}.{request.Package} {value.Text} → {spec}");
            }
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    private static List<(string Section, JsonSpan Value)> Entries(JsonSpan root, string package, string[] sections)
    {
        var found = new List<(string, JsonSpan)>();
        foreach (var section in sections)
        {
            if (root.Object(section)?.Member(package) is { } member)
            {
                found.Add((section, member.Value));
            }
        }

        return found;
    }
}
