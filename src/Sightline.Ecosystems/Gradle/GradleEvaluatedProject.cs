using Sightline.Core.Model;

namespace Sightline.Ecosystems.Gradle;

/// <summary>A project with its declarations evaluated: what the graph builders need.</summary>
internal sealed class GradleEvaluatedProject
{
    public GradleEvaluatedProject(GradleProject project, string manifestPath)
    {
        Project = project;
        ManifestPath = manifestPath;
    }

    public GradleProject Project { get; }

    /// <summary>The build file, or the script whose project(':x') { } block configures the project.</summary>
    public string ManifestPath { get; }

    public List<GradleDependency> Dependencies { get; } = [];

    /// <summary>Things that could not be followed (an applied script that is missing), as graph entries.</summary>
    public List<UnresolvedDependency> Notes { get; } = [];

    public string? Group { get; set; }

    public string? Version { get; set; }

    public HashSet<string> Plugins { get; } = new(StringComparer.Ordinal);

    /// <summary>"group:name" when the group is known, else the project name.</summary>
    public string? Coordinates => Group is not null && Project.Name is not null ? Group + ":" + Project.Name : Project.Name;
}
