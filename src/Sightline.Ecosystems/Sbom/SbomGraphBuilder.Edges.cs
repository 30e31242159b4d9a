using Sightline.Core.Model;

namespace Sightline.Ecosystems.Sbom;

internal sealed partial class SbomGraphBuilder
{
    private const string SpdxDocument = "SPDXRef-DOCUMENT";

    private bool IsRoot(string reference) =>
        reference == SpdxDocument || (_document.Subject?.Ref is { } subject && subject == reference);

    private bool IsKnown(string reference) => IsRoot(reference) || _refs.Contains(reference);

    private void Relations()
    {
        foreach (var relation in _document.Relations)
        {
            if (!IsKnown(relation.From) || !IsKnown(relation.To))
            {
                var missing = IsKnown(relation.From) ? relation.To : relation.From;
                _document.Warnings.Add($"dependency {relation.From} → {relation.To} names '{missing}', which the SBOM does not list; edge skipped");
                continue;
            }

            // Edges into the subject or into an unresolved component have no node to point at; the
            // unresolved component is already recorded.
            if (relation.From == relation.To || !_placed.TryGetValue(relation.To, out var child))
            {
                continue;
            }

            var graph = _graphs[child.Ecosystem];
            if (_placed.TryGetValue(relation.From, out var parent) && parent.Ecosystem == child.Ecosystem)
            {
                graph.AddEdge(parent.Node, child.Node, relation.Scope);
            }
            else
            {
                // The subject itself, a parent in another ecosystem, or an unresolved parent: a graph holds one
                // ecosystem, so the child hangs off this graph's root and stays reachable.
                graph.AddEdge(0, child.Node, relation.Scope);
            }
        }
    }

    /// <summary>
    /// Unresolved components of a known ecosystem go to its graph; the others to the subject's graph, else
    /// the largest. With no graph at all they come back as warnings so they are still reported.
    /// </summary>
    private void PlaceUnresolved()
    {
        var primary = _rootEcosystem is { } own && _graphs.TryGetValue(own, out var ownGraph)
            ? ownGraph
            : _graphs.Values.OrderByDescending(g => g.Nodes.Count).FirstOrDefault();
        foreach (var (entry, ecosystem) in _unresolved)
        {
            var graph = ecosystem is { } e ? Graph(e) : primary;
            if (graph is null)
            {
                _document.Warnings.Add($"component '{entry.Name}' not read: {entry.Reason}");
            }
            else
            {
                graph.AddUnresolved(entry);
            }
        }
    }

    /// <summary>
    /// Hangs what nothing depends on off the root, then anything still unreachable (a cycle nothing
    /// enters), so every package is reachable from the subject. Iterative, so cycles cannot loop.
    /// </summary>
    private static void AttachOrphans(DependencyGraph graph)
    {
        var count = graph.Nodes.Count;
        var children = new List<int>[count];
        var incoming = new int[count];
        for (var i = 0; i < count; i++)
        {
            children[i] = [];
        }

        foreach (var edge in graph.Edges)
        {
            children[edge.From].Add(edge.To);
            incoming[edge.To]++;
        }

        for (var i = 1; i < count; i++)
        {
            if (incoming[i] == 0 && graph.AddEdge(0, i, graph.Nodes[i].Scope))
            {
                children[0].Add(i);
            }
        }

        var reached = new bool[count];
        Visit(0, children, reached);
        for (var i = 1; i < count; i++)
        {
            if (!reached[i])
            {
                graph.AddEdge(0, i, graph.Nodes[i].Scope);
                Visit(i, children, reached);
            }
        }
    }

    private static void Visit(int start, List<int>[] children, bool[] reached)
    {
        var queue = new Queue<int>();
        reached[start] = true;
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            foreach (var next in children[queue.Dequeue()])
            {
                if (!reached[next])
                {
                    reached[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
    }
}
