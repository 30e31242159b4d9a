using Sightline.Core.Model;

namespace Sightline.Ecosystems.Sbom;

/// <summary>
/// Turns an <see cref="SbomDocument"/> into one graph per ecosystem, each rooted at the SBOM's subject.
/// Components that cannot become packages are recorded as unresolved, never dropped.
/// </summary>
internal sealed partial class SbomGraphBuilder
{
    private readonly SbomDocument _document;
    private readonly string _path;
    private readonly SortedDictionary<Ecosystem, DependencyGraph> _graphs = [];
    private readonly Dictionary<(Ecosystem, string, string), int> _nodes = [];
    private readonly Dictionary<string, (Ecosystem Ecosystem, int Node)> _placed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
    private readonly List<(UnresolvedDependency Entry, Ecosystem? Ecosystem)> _unresolved = [];
    private readonly string _rootName;
    private readonly string? _rootVersion;
    private readonly Ecosystem? _rootEcosystem;

    private SbomGraphBuilder(SbomDocument document, string path)
    {
        _document = document;
        _path = path;
        _rootName = document.Subject?.Name ?? path;
        _rootVersion = document.Subject?.Version;
        if (document.Subject?.Purl is { } purl && PurlParser.TryParse(purl, out var parsed))
        {
            _rootName = parsed.Name;
            _rootVersion = parsed.Version ?? _rootVersion;
            _rootEcosystem = parsed.Ecosystem;
        }
    }

    /// <summary>The graphs, in <see cref="Ecosystem"/> order, and problems to report as warnings.</summary>
    public static (List<DependencyGraph> Graphs, List<string> Warnings) Build(SbomDocument document, string path)
    {
        var builder = new SbomGraphBuilder(document, path);
        foreach (var component in document.Components)
        {
            builder.Add(component);
        }

        builder.Relations();
        builder.PlaceUnresolved();
        foreach (var graph in builder._graphs.Values)
        {
            // Stated scopes (CycloneDX) survive propagation, which is only used there to mark direct packages.
            var stated = graph.Nodes.Select(n => n.Scope).ToArray();
            AttachOrphans(graph);
            graph.PropagateScopesFromRoot();
            if (document.StatesScopes)
            {
                for (var i = 1; i < stated.Length; i++)
                {
                    graph.Nodes[i].Scope = stated[i];
                }
            }
        }

        return ([.. builder._graphs.Values], document.Warnings);
    }

    private DependencyGraph Graph(Ecosystem ecosystem)
    {
        if (!_graphs.TryGetValue(ecosystem, out var graph))
        {
            graph = new DependencyGraph(ecosystem, _path, _document.Kind, _rootName, _rootVersion);
            graph.Root.License = _document.Subject?.License;
            _graphs.Add(ecosystem, graph);
        }

        return graph;
    }

    private void Add(SbomComponent component)
    {
        if (component.Ref is { } reference && !_refs.Add(reference))
        {
            _document.Warnings.Add($"duplicate reference '{reference}': the first component with it is kept, '{component.Name}' is ignored");
            return;
        }

        if (string.IsNullOrEmpty(component.Purl))
        {
            Unresolved(component.Name, component, "SBOM component has no purl", null);
            return;
        }

        if (!PurlParser.TryParse(component.Purl, out var purl))
        {
            Unresolved(component.Name, component, $"purl '{component.Purl}' cannot be parsed", null);
            return;
        }

        if (purl.Ecosystem is not { } ecosystem)
        {
            Unresolved(purl.Name, component, $"purl type '{purl.Type}' is not an ecosystem Sightline indexes ({component.Purl})", null);
            return;
        }

        if ((purl.Version ?? component.Version) is not { } version)
        {
            Unresolved(purl.Name, component, "SBOM component has no version", ecosystem);
            return;
        }

        var graph = Graph(ecosystem);
        if (_nodes.TryGetValue((ecosystem, purl.Name, version), out var id))
        {
            // The same package at another place in the tree (npm nesting): one node, the strongest stated scope.
            graph.Nodes[id].Scope = DependencyScopes.Strongest(graph.Nodes[id].Scope, component.Scope);
        }
        else
        {
            var node = graph.AddNode(purl.Name, version, component.Scope);
            node.Integrity = component.Integrity;
            node.License = component.License;
            node.Resolved = purl.RepositoryUrl ?? component.Resolved;
            id = node.Id;
            _nodes.Add((ecosystem, purl.Name, version), id);
        }

        if (component.Ref is { } key)
        {
            _placed[key] = (ecosystem, id);
        }
    }

    private void Unresolved(string name, SbomComponent component, string reason, Ecosystem? ecosystem) =>
        _unresolved.Add((new UnresolvedDependency(name, component.Version, reason, component.Scope), ecosystem));
}
