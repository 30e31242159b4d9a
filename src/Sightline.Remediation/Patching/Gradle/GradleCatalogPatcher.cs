using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Gradle;

/// <summary>
/// Version catalogs (gradle/libs.versions.toml): a library's inline version or the [versions] entry its
/// version.ref names; PatchProperty sets a [versions] entry.
/// </summary>
internal sealed class GradleCatalogPatcher : IManifestPatcher
{
    private static readonly string[] RichKeys = ["", "strictly", "require", "prefer"];

    public string Id => "gradle-catalog";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public bool Handles(string path) => PatchPaths.FileName(path).EndsWith(".versions.toml", StringComparison.Ordinal);

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var entries = CatalogLines.Read(text);
        var module = string.Join(':', request.Package.Split(':').Take(2));
        var libraries = entries.FindAll(entry => entry.Table == "libraries" && Module(entry) == module);
        if (libraries.Count == 0)
        {
            return PatchResult.Unchanged(request.Kind == PatchKind.Pin
                ? $"{path}: {module} is not in the catalog, and a catalog cannot pin: add a constraint in the build script"
                : $"{path}: {module} is not in the catalog");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var library in libraries)
        {
            if (library.Value("version.ref") is { } reference)
            {
                if (!refs.Add(reference.Text))
                {
                    continue;
                }

                var shared = entries.Where(entry => entry.Table == "libraries" && entry != library && entry.Value("version.ref")?.Text == reference.Text)
                    .Select(entry => entry.Alias).ToList();
                var problem = EditVersion(path, entries, reference.Text, request.TargetVersion, edits, changes);
                if (problem is not null)
                {
                    return PatchResult.Unchanged(problem);
                }

                if (shared.Count > 0 && changes.Count > 0)
                {
                    changes.Add($"{path}: versions.{reference.Text} is shared: {string.Join(", ", shared)} move with it");
                }

                continue;
            }

            var sites = Inline(library);
            if (sites.Count == 0)
            {
                return PatchResult.Unchanged($"{path}: libraries.{library.Alias} has no version (a platform or BOM manages it)");
            }

            if (Edit(path, $"libraries.{library.Alias}", sites, request.TargetVersion, edits, changes) is { } refusal)
            {
                return PatchResult.Unchanged(refusal);
            }
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edits = new List<TextEdit>();
        var changes = new List<string>();
        if (EditVersion(path, CatalogLines.Read(text), property, value, edits, changes) is { } problem)
        {
            return PatchResult.Unchanged(problem);
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles) =>
        GradleLocks.Command(path, repositoryFiles);

    /// <summary>"group:artifact" of a library entry: "g:a:v", module = "g:a", or group + name.</summary>
    private static string? Module(CatalogEntry entry)
    {
        if (entry.Value("") is { } notation)
        {
            var parts = notation.Text.Split(':');
            return parts.Length >= 2 ? parts[0] + ":" + parts[1] : null;
        }

        return entry.Value("module")?.Text ?? (entry.Value("group") is { } group && entry.Value("name") is { } name ? group.Text + ":" + name.Text : null);
    }

    private static List<CatalogValue> Inline(CatalogEntry library)
    {
        if (library.Value("") is { } notation)
        {
            var parts = notation.Text.Split(':');
            if (parts.Length < 3)
            {
                return [];
            }

            var start = notation.Start + parts[0].Length + parts[1].Length + 2;
            return [new CatalogValue("", start, start + parts[2].Length, parts[2])];
        }

        return [.. RichKeys.Select(key => library.Value(key.Length == 0 ? "version" : "version." + key)).OfType<CatalogValue>()];
    }

    private static string? EditVersion(string path, List<CatalogEntry> entries, string name, string value, List<TextEdit> edits, List<string> changes)
    {
        var entry = entries.Find(candidate => candidate.Table == "versions" && candidate.Alias == name);
        if (entry is null)
        {
            return $"{path}: versions.{name} is not defined here";
        }

        var sites = RichKeys.Select(entry.Value).OfType<CatalogValue>().ToList();
        return Edit(path, $"versions.{name}", sites, value, edits, changes);
    }

    private static string? Edit(string path, string what, List<CatalogValue> sites, string target, List<TextEdit> edits, List<string> changes)
    {
        foreach (var site in sites)
        {
            var rewritten = GradleVersionText.Rewrite(site.Text, target, out var problem, out var satisfied);
            if (rewritten is null)
            {
                return $"{path}: {what}: {problem}";
            }

            if (!satisfied)
            {
                edits.Add(new TextEdit(site.Start, site.End - site.Start, rewritten));
                changes.Add($"{path}: {what} {site.Text} → {rewritten}");
            }
        }

        return null;
    }
}
