using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Gradle.Catalog;
using Sightline.Ecosystems.Gradle.Scripts;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// One Gradle build: the folder with settings.gradle(.kts) (or a lone project's folder), its projects,
/// version catalogs, gradle.properties and the scripts read so far. Every file is read once, inside
/// <see cref="SafeParse"/>: a bad file is one error and the build goes on without it.
/// </summary>
internal sealed partial class GradleBuild
{
    private static readonly string[] SettingsFiles = ["settings.gradle", "settings.gradle.kts"];
    private static readonly string[] BuildFiles = ["build.gradle", "build.gradle.kts"];

    private readonly IRepositoryFiles _repository;
    private readonly ExtractionResult _result;
    private readonly Dictionary<string, GradleScript?> _scripts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, GradleValue>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GradleProject> _projects = new(StringComparer.Ordinal);
    private Dictionary<string, VersionCatalog>? _catalogs;
    private readonly Dictionary<string, string> _catalogProblems = new(StringComparer.Ordinal);

    private GradleBuild(IRepositoryFiles repository, ExtractionResult result, string root)
    {
        _repository = repository;
        _result = result;
        Root = root;
    }

    public string Root { get; }

    public GradleSettings? Settings { get; private set; }

    public IEnumerable<GradleProject> Projects => _projects.Values.OrderBy(p => p.Path, StringComparer.Ordinal);

    /// <summary>The build a project folder belongs to: the nearest folder above it with a settings file.</summary>
    public static string RootOf(IRepositoryFiles repository, string folder) =>
        RepositoryPath.SelfAndAncestors(folder).FirstOrDefault(f => SettingsFiles.Any(s => repository.Exists(Join(f, s)))) ?? folder;

    public static GradleBuild Load(IRepositoryFiles repository, ExtractionResult result, string root)
    {
        var build = new GradleBuild(repository, result, root);
        if (SettingsFiles.Select(s => Join(root, s)).FirstOrDefault(repository.Exists) is { } path)
        {
            SafeParse.TryRun(path, result, () =>
            {
                using var stream = repository.OpenRead(path);
                build.Settings = GradleSettings.Read(stream, path);
                result.BytesRead += build.Settings.Script.BytesRead;
            });
        }

        build.ProjectAt(root);
        foreach (var include in build.Settings?.Includes ?? [])
        {
            build.Project(include);
        }

        return build;
    }

    /// <summary>The project living in <paramref name="folder"/>, created when new.</summary>
    public GradleProject ProjectAt(string folder)
    {
        var existing = _projects.Values.FirstOrDefault(p => p.Folder == folder);
        if (existing is not null)
        {
            return existing;
        }

        var relative = folder.Length == Root.Length ? string.Empty : folder[(Root.Length == 0 ? 0 : Root.Length + 1)..];
        return Project(relative.Length == 0 ? ":" : ":" + relative.Replace('/', ':'));
    }

    /// <summary>The project with this path, created when new (its folder from settings, else from the path).</summary>
    public GradleProject Project(string path)
    {
        if (_projects.TryGetValue(path, out var project))
        {
            return project;
        }

        var folder = path == ":" ? Root
            : Settings?.Folders.TryGetValue(path, out var custom) == true ? RepositoryPath.Combine(Root, custom) ?? Root
            : Join(Root, path.TrimStart(':').Replace(':', '/'));
        project = new GradleProject(path, folder) { Name = NameOf(path) };
        project.BuildFile = BuildFiles.Select(b => Join(folder, b)).FirstOrDefault(_repository.Exists);
        _projects[path] = project;
        return project;
    }

    public GradleProject? FindProject(string path) => _projects.GetValueOrDefault(path);

    /// <summary>A typesafe accessor (projects.core.dataTest) → the project: kebab and snake names become camelCase.</summary>
    public GradleProject? ProjectByAccessor(string accessor) =>
        _projects.Values.FirstOrDefault(p => !p.IsRoot && string.Equals(Accessor(p), accessor, StringComparison.OrdinalIgnoreCase));

    private string? NameOf(string path)
    {
        if (Settings?.Names.TryGetValue(path, out var renamed) == true)
        {
            return renamed;
        }

        if (path != ":")
        {
            return path[(path.LastIndexOf(':') + 1)..];
        }

        return Settings?.RootName is { Kind: GradleValueKind.Literal } name ? name.Text
            : Root.Length > 0 ? RepositoryPath.FileName(Root) : null;
    }

    private static string Accessor(GradleProject project)
    {
        var segments = project.Path.TrimStart(':').Split(':');
        segments[^1] = project.Name ?? segments[^1];
        return string.Join('.', segments.Select(CamelCase));
    }

    private static string CamelCase(string name)
    {
        var parts = name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    internal static string Join(string folder, string file) => folder.Length == 0 ? file : folder + "/" + file;
}
