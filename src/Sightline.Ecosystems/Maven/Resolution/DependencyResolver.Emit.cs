using Sightline.Core.Model;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;

namespace Sightline.Ecosystems.Maven.Resolution;

internal sealed partial class DependencyResolver
{
    /// <summary>A POM whose dependencies are still to be declared: the node, its depth and the exclusions above it.</summary>
    private sealed record Pending(int Node, int Depth, EffectiveModel Model, IReadOnlyList<PomExclusion> Exclusions);

    /// <summary>A declaration: Maven scope as declared (or as the root manages it), and the declared version.</summary>
    private sealed record Link(int From, int To, string? Scope, bool Optional, bool Managed, string? Requirement);

    /// <summary>
    /// Something unresolved, with its scope computed once all paths are known: from the declaring node
    /// (<see cref="Self"/> false) or the node's own scope (a POM of that node that is missing).
    /// </summary>
    private sealed record Note(int Node, bool Self, string? Scope, bool Optional, bool Managed, string Name, string? Requirement, string Reason)
    {
        public static Note Declared(int node, PomDependency dependency, string name, string? requirement, string reason) =>
            new(node, false, dependency.Scope, dependency.IsOptional, false, name, requirement, reason);
    }

    /// <summary>
    /// Maven's scope selection: a direct dependency keeps its declared scope; any other package gets the
    /// widest scope any path gives it (runtime over optional over provided over test).
    /// </summary>
    private void Emit()
    {
        var best = new DependencyScope?[_graph.Nodes.Count];
        var direct = new bool[_graph.Nodes.Count];
        var queue = new Queue<int>();
        foreach (var link in _links.Where(l => l.From == 0 && !direct[l.To]))
        {
            direct[link.To] = true;
            best[link.To] = MavenScopes.Declared(link.Scope, link.Optional);
            queue.Enqueue(link.To);
        }

        var children = _links.Where(l => l.From != 0).ToLookup(l => l.From);
        while (queue.TryDequeue(out var node))
        {
            foreach (var link in children[node])
            {
                var scope = MavenScopes.Derive(best[node]!.Value, link.Scope, link.Managed);
                if (!direct[link.To] && (best[link.To] is not { } current || scope < current))
                {
                    best[link.To] = scope;
                    queue.Enqueue(link.To);
                }
            }
        }

        for (var i = 1; i < best.Length; i++)
        {
            _graph.Nodes[i].Scope = best[i] ?? DependencyScope.Runtime;
        }

        foreach (var link in _links)
        {
            _graph.AddEdge(link.From, link.To, ScopeOf(link.From, link.Scope, link.Optional, link.Managed, best), link.Requirement);
        }

        var seen = new HashSet<(string, string?, string)>();
        foreach (var note in _notes)
        {
            if (seen.Add((note.Name, note.Requirement, note.Reason)))
            {
                var scope = note.Self ? best[note.Node] ?? DependencyScope.Runtime : ScopeOf(note.Node, note.Scope, note.Optional, note.Managed, best);
                _graph.AddUnresolved(new UnresolvedDependency(note.Name, note.Requirement, note.Reason, scope));
            }
        }
    }

    private static DependencyScope ScopeOf(int from, string? scope, bool optional, bool managed, DependencyScope?[] best) =>
        from == 0 ? MavenScopes.Declared(scope, optional) : MavenScopes.Derive(best[from] ?? DependencyScope.Runtime, scope, managed);
}
