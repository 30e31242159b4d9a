using Sightline.Core.Model;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Graphs of declarations with nothing to resolve them: a Gemfile with no lockfile, a gemspec on its
/// own. Every declared gem is an <see cref="UnresolvedDependency"/> with its requirement; no version is guessed.
/// </summary>
internal static class GemDeclaredGraph
{
    public static DependencyGraph ForGemfile(Gemfile gemfile, IReadOnlyList<(Gemspec Spec, string DevelopmentGroup)> gemspecs, string manifestPath)
    {
        var graph = new DependencyGraph(Ecosystem.RubyGems, manifestPath, RepositoryFileName(manifestPath) + " (no lockfile)");
        foreach (var gem in gemfile.Gems)
        {
            var reason = gem.Git is { } git ? $"no lockfile: git dependency {git} not resolved"
                : gem.Path is { } path ? $"no lockfile: local gem at {path} not resolved"
                : gem.Requirement is null ? "no lockfile: any version" : $"no lockfile: requirement {gem.Requirement} not pinned";
            graph.AddUnresolved(new UnresolvedDependency(gem.Name, gem.Requirement, reason, gem.Scope));
        }

        foreach (var (line, reason) in gemfile.Skipped)
        {
            graph.AddUnresolved(new UnresolvedDependency("?", null, $"line {line}: {reason}"));
        }

        foreach (var (gemspec, group) in gemspecs)
        {
            AddDeclared(graph, gemspec, GemfileReader.ScopeOfGroup(group, optional: false));
            if (gemspec.Name is { } name)
            {
                graph.Publishes.Add(new PublishedPackage(name, gemspec.Version));
            }
        }

        graph.Root.License = ProjectLicense(gemspecs.Select(g => g.Spec));
        graph.AddUnresolved(new UnresolvedDependency("*", null, "no lockfile: transitive dependencies are unknown"));
        return graph;
    }

    /// <summary>A Gemfile's project is the gem its one `gemspec` line loads; with several gems, none speaks for the whole.</summary>
    public static string? ProjectLicense(IEnumerable<Gemspec> gemspecs) =>
        gemspecs.Take(2).ToList() is [var only] ? only.License : null;

    public static DependencyGraph ForGemspec(Gemspec gemspec, string path)
    {
        var graph = new DependencyGraph(Ecosystem.RubyGems, path, "gemspec", gemspec.Name, gemspec.Version);
        graph.Root.License = gemspec.License;
        AddDeclared(graph, gemspec, DependencyScope.Dev);
        if (gemspec.Name is { } name)
        {
            graph.Publishes.Add(new PublishedPackage(name, gemspec.Version));
        }
        else
        {
            graph.AddUnresolved(new UnresolvedDependency("?", null, "the gemspec's name is computed at run time: it publishes a gem we cannot name"));
        }

        if (gemspec.Dependencies.Count > 0)
        {
            graph.AddUnresolved(new UnresolvedDependency("*", null, "gemspec only: transitive dependencies are unknown"));
        }

        return graph;
    }

    private static void AddDeclared(DependencyGraph graph, Gemspec gemspec, DependencyScope developmentScope)
    {
        foreach (var dependency in gemspec.Dependencies)
        {
            var reason = dependency.Requirement is null ? "gemspec requirement: any version" : $"gemspec requirement {dependency.Requirement} not pinned";
            graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Requirement, reason,
                dependency.Development ? developmentScope : DependencyScope.Runtime));
        }
    }

    private static string RepositoryFileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
