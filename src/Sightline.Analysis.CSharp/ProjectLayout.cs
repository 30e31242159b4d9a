using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp;

/// <summary>The repository's projects: each .cs file belongs to the nearest .csproj above it, or to the group of files without one.</summary>
internal sealed class ProjectLayout
{
    private readonly Dictionary<string, List<string>> _projectsByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectGroup> _groupByFolder = new(StringComparer.Ordinal);
    private readonly IRepositoryFiles _repository;
    private ProjectGroup? _loose;

    private ProjectLayout(IRepositoryFiles repository) => _repository = repository;

    public IEnumerable<ProjectGroup> Groups => _loose is null ? _groups.Values : _groups.Values.Append(_loose);

    public static ProjectLayout Read(IRepositoryFiles repository)
    {
        var layout = new ProjectLayout(repository);
        foreach (var file in repository.Files)
        {
            if (file.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                var folder = RepositoryPath.Directory(file);
                if (!layout._projectsByFolder.TryGetValue(folder, out var list))
                {
                    layout._projectsByFolder[folder] = list = [];
                }

                list.Add(file);
            }
        }

        return layout;
    }

    public ProjectGroup GroupOf(string sourcePath)
    {
        var folder = RepositoryPath.Directory(sourcePath);
        if (_groupByFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        var group = FindGroup(folder);
        _groupByFolder[folder] = group;
        return group;
    }

    public ProjectGroup? GroupByProjectPath(string projectPath)
    {
        if (_groups.TryGetValue(projectPath, out var group))
        {
            return group;
        }

        return _repository.Exists(projectPath) ? Create(projectPath) : null;
    }

    private ProjectGroup FindGroup(string folder)
    {
        for (var dir = folder; ; dir = RepositoryPath.Directory(dir))
        {
            if (_projectsByFolder.TryGetValue(dir, out var projects))
            {
                // Two projects in one folder: the first by name, as a reader of the tree would guess.
                var path = projects.Min(StringComparer.Ordinal)!;
                return _groups.TryGetValue(path, out var existing) ? existing : Create(path);
            }

            if (dir.Length == 0)
            {
                return _loose ??= new ProjectGroup(ProjectFile.None);
            }
        }
    }

    private ProjectGroup Create(string path)
    {
        var group = new ProjectGroup(ProjectFile.Read(_repository, path));
        _groups[path] = group;
        return group;
    }
}
