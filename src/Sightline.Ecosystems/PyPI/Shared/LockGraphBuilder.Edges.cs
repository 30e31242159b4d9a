using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

internal sealed partial class LockGraphBuilder
{
    private void AddPackageEdges(LockedPackage package, int node)
    {
        foreach (var dependency in package.Dependencies)
        {
            var targets = Resolve(dependency);
            if (targets.Count == 0 && !IsProjectItself(dependency))
            {
                _graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Requirement,
                    $"required by {package.Name} {package.Version} but not in {_lockName}" + MarkerNote(dependency)));
            }

            AddEdges(node, targets, DependencyScope.Runtime, dependency.Requirement);
        }

        // An extra someone requests is installed with its package (Runtime edge: the package's own scope passes
        // on); an extra nobody requests is optional, and its packages are usually not locked at all, which is
        // no gap in the graph: they are not silently dropped dependencies, just unused options.
        foreach (var requested in new[] { true, false })
        {
            foreach (var (extra, dependencies) in package.Extras)
            {
                if (_requestedExtras.Contains((package.NormalizedName, extra)) != requested)
                {
                    continue;
                }

                foreach (var dependency in dependencies)
                {
                    var targets = Resolve(dependency);
                    if (targets.Count == 0 && requested && !IsProjectItself(dependency))
                    {
                        _graph.AddUnresolved(new UnresolvedDependency(dependency.Name, dependency.Requirement,
                            $"required by {package.Name}[{extra}] but not in {_lockName}" + MarkerNote(dependency)));
                    }

                    AddEdges(node, targets, requested ? DependencyScope.Runtime : DependencyScope.Optional, dependency.Requirement);
                }
            }
        }
    }

    /// <summary>
    /// A plugin or test helper that requires the project itself (pytest-textual-snapshot → textual): the project is
    /// not a locked package, it is the root, so the requirement is met and is no gap.
    /// </summary>
    private bool IsProjectItself(Declaration dependency) =>
        dependency.NormalizedName == PackageNames.Normalize(Ecosystem.PyPI, _graph.Root.Name);

    private void AddEdges(int from, List<int> targets, DependencyScope scope, string? requirement)
    {
        foreach (var target in targets)
        {
            if (target != from)
            {
                _graph.AddEdge(from, target, scope, requirement);
            }
        }
    }

    /// <summary>
    /// Without a manifest the lockfile does not say what the project declares. A locked package no other locked
    /// package requires can only be there because the project asked for it: those hang off the root, with the
    /// lockfile's scope; packages only reachable through a cycle join them. Said out loud as unresolved.
    /// </summary>
    private void InferRoots(IReadOnlyList<LockedPackage> packages)
    {
        var hasParent = new bool[_graph.Nodes.Count];
        foreach (var edge in _graph.Edges)
        {
            hasParent[edge.To] = true;
        }

        var tops = Enumerable.Range(1, _graph.Nodes.Count - 1).Where(n => !hasParent[n]).ToList();
        var reached = Reach(tops);
        for (var n = 1; n < _graph.Nodes.Count; n++)
        {
            if (!reached[n])
            {
                tops.Add(n);
                foreach (var m in Reach([n]).Select((r, i) => (r, i)).Where(x => x.r).Select(x => x.i))
                {
                    reached[m] = true;
                }
            }
        }

        foreach (var top in tops)
        {
            _graph.AddEdge(0, top, _graph.Nodes[top].Scope);
        }

        if (packages.All(p => p.Scope is not null))
        {
            tops.ForEach(t => _graph.Nodes[t].Direct = true);
        }
        else
        {
            _graph.PropagateScopesFromRoot();
        }

        _graph.AddUnresolved(new UnresolvedDependency("*", null,
            $"no project manifest beside {_lockName}: direct dependencies are inferred as the locked packages nothing else requires"));
    }

    private bool[] Reach(IEnumerable<int> starts)
    {
        var children = new List<int>[_graph.Nodes.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        foreach (var edge in _graph.Edges)
        {
            children[edge.From].Add(edge.To);
        }

        var reached = new bool[_graph.Nodes.Count];
        var queue = new Queue<int>();
        foreach (var start in starts)
        {
            reached[start] = true;
            queue.Enqueue(start);
        }

        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()])
            {
                if (!reached[child])
                {
                    reached[child] = true;
                    queue.Enqueue(child);
                }
            }
        }

        return reached;
    }

    private void ReportUnreachable()
    {
        var reached = Reach([0]);
        var orphans = Enumerable.Range(1, _graph.Nodes.Count - 1).Where(n => !reached[n]).Select(n => _graph.Nodes[n].ToString()).ToList();
        if (orphans.Count > 0)
        {
            _graph.AddUnresolved(new UnresolvedDependency("*", null,
                $"{orphans.Count} locked package(s) not reachable from the project's declarations (stale lockfile, or an extra nobody requests): "
                + string.Join(", ", orphans.Take(5)) + (orphans.Count > 5 ? ", ..." : string.Empty)));
        }
    }
}
