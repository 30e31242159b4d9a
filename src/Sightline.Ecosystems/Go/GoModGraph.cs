using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// One go.mod's graph: the module (node 0) → every module it requires (Direct unless "// indirect"); local
/// replacements link their own requirements; the module cache, when given, links the rest.
/// </summary>
internal static class GoModGraph
{
    public static DependencyGraph Build(GoModFile file, string path, IGoFiles files)
    {
        var folder = RepositoryPath.Directory(path);
        var graph = new DependencyGraph(Ecosystem.Go, path, "go.mod", file.Module);
        if (file.Module is not null)
        {
            graph.Publishes.Add(new PublishedPackage(file.Module, null));
        }
        else
        {
            graph.AddUnresolved(new UnresolvedDependency("*", null, "go.mod has no module directive: the module publishes no path"));
        }

        var builder = new GoGraphBuilder(graph, files, GoGraphBuilder.IsPruned(file.Go));
        builder.AddMain(file.Module, folder, 0);
        builder.AddReplaces(file.Replaces, folder);
        builder.Select(file.Requires);
        builder.AddRequirements(0, file, create: true, markDirect: true);
        builder.ExpandLocals();
        builder.AddCacheEdges();
        var sums = builder.ApplySums([RepositoryPath.Combine(folder, "go.sum")!]);
        graph.LockfilePath = sums.Count > 0 ? sums[0] : null;
        Notes(graph, file);
        return graph;
    }

    /// <summary>What the graph cannot show: an unpruned (pre-1.17) requirement list, excluded versions still required.</summary>
    internal static void Notes(DependencyGraph graph, GoModFile file, string? member = null)
    {
        var subject = member is null ? "go.mod" : $"{member}'s go.mod";
        if (!GoGraphBuilder.IsPruned(file.Go))
        {
            graph.AddUnresolved(new UnresolvedDependency("*", file.Go, file.Go is null
                ? $"{subject} has no go directive (read as go 1.16): before Go 1.17 go.mod need not list indirect requirements, so modules may be missing"
                : $"{subject} says go {file.Go}: before Go 1.17 go.mod need not list indirect requirements, so modules may be missing"));
        }

        foreach (var exclude in file.Excludes)
        {
            if (file.Requires.Any(r => r.Path == exclude.Path && r.Version == exclude.Version))
            {
                graph.AddUnresolved(new UnresolvedDependency(exclude.Path, exclude.Version,
                    $"{subject} both requires and excludes this version: the go command would pick a later one, which go.mod does not name"));
            }
        }
    }
}
