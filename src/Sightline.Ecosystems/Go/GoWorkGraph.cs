using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// One go.work's graph: the workspace (node 0) → each used module (Local, published) → what that module
/// requires. All used modules are main modules: one version per dependency across them, and the go.work's
/// replace directives win over theirs.
/// </summary>
internal static class GoWorkGraph
{
    public static DependencyGraph Build(GoModFile work, string path, IGoFiles files)
    {
        var folder = RepositoryPath.Directory(path);
        var graph = new DependencyGraph(Ecosystem.Go, path, "go.work");
        var members = new List<(int Node, GoModFile File, string Folder)>();
        foreach (var use in work.Uses)
        {
            var memberFolder = GoGraphBuilder.LocalFolder(folder, use.Path);
            var loaded = memberFolder is null ? null : files.LoadModule(memberFolder);
            if (loaded is not { File: { } file })
            {
                graph.AddUnresolved(new UnresolvedDependency(use.Path, null, memberFolder is null
                    ? "use: the folder is outside the repository"
                    : loaded is null ? "use: the folder has no go.mod in the repository" : $"use: its go.mod could not be read ({loaded.Error})"));
                continue;
            }

            if (members.Any(m => m.Folder == memberFolder) || (file.Module is not null && members.Any(m => m.File.Module == file.Module)))
            {
                graph.AddUnresolved(new UnresolvedDependency(file.Module ?? use.Path, null, $"use {use.Path}: the module is used twice"));
                continue;
            }

            var node = graph.AddNode(file.Module ?? GoGraphBuilder.Shown(memberFolder!), null);
            node.Source = PackageSource.Local;
            node.Resolved = GoGraphBuilder.Shown(memberFolder!);
            node.Location = node.Resolved;
            graph.AddEdge(0, node.Id, DependencyScope.Runtime);
            if (file.Module is not null)
            {
                graph.Publishes.Add(new PublishedPackage(file.Module, null));
            }

            members.Add((node.Id, file, memberFolder!));
        }

        // Pruned only when every module's go.mod lists all it needs (each says go ≥ 1.17).
        var builder = new GoGraphBuilder(graph, files, members.All(m => GoGraphBuilder.IsPruned(m.File.Go)));
        foreach (var member in members)
        {
            builder.AddMain(member.File.Module, member.Folder, member.Node);
        }

        builder.AddReplaces(work.Replaces, folder);
        foreach (var member in members)
        {
            builder.AddReplaces(member.File.Replaces, member.Folder);
            builder.Select(member.File.Requires);
        }

        foreach (var member in members)
        {
            builder.AddRequirements(member.Node, member.File, create: true, markDirect: false);
        }

        builder.ExpandLocals();
        builder.AddCacheEdges();
        var sums = builder.ApplySums([
            RepositoryPath.Combine(folder, "go.work.sum")!,
            .. members.Select(m => RepositoryPath.Combine(m.Folder, "go.sum")!)]);
        graph.LockfilePath = sums.Count > 0 ? sums[0] : null;
        foreach (var member in members)
        {
            GoModGraph.Notes(graph, member.File, member.File.Module ?? member.Folder);
        }

        graph.PropagateScopesFromRoot();
        return graph;
    }
}
