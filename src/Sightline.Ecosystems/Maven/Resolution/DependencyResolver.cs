using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;
using Sightline.Ecosystems.Maven.Sources;

namespace Sightline.Ecosystems.Maven.Resolution;

/// <summary>
/// Maven's transitive resolution into one graph: breadth-first from the project, nearest declaration wins
/// (the first at equal depth), one node per group:artifact at its winning version. Test, provided and
/// optional dependencies of dependencies are not followed; exclusions apply to the whole subtree below
/// the declaration; the project's dependencyManagement overrides versions and scopes of transitive
/// dependencies. Every later declaration of a decided package still gets its edge, with its own
/// requirement, so paths through it are known.
/// </summary>
internal sealed partial class DependencyResolver
{
    private const int MaxDepth = 48;
    private const int MaxNodes = 20_000;

    private readonly MavenSession _session;
    private readonly EffectiveModel _root;
    private readonly DependencyGraph _graph;
    private readonly Dictionary<string, int> _winners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _undecided = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];
    private readonly List<Note> _notes = [];
    private readonly Queue<Pending> _queue = new();

    public DependencyResolver(MavenSession session, EffectiveModel root, DependencyGraph graph)
    {
        _session = session;
        _root = root;
        _graph = graph;
    }

    public void Run()
    {
        _queue.Enqueue(new Pending(0, 0, _root, []));
        while (_queue.TryDequeue(out var pending))
        {
            _session.CancellationToken.ThrowIfCancellationRequested();
            foreach (var dependency in pending.Model.Dependencies)
            {
                Declare(pending, dependency);
            }
        }

        Emit();
    }

    private void Declare(Pending pending, PomDependency dependency)
    {
        var transitive = pending.Depth > 0;
        if (dependency.Scope == "import" || (transitive && (!MavenScopes.IsTransitive(dependency.Scope) || dependency.IsOptional)))
        {
            return;
        }

        var name = $"{dependency.GroupId}:{dependency.ArtifactId}";
        if (dependency.GroupId is null || dependency.ArtifactId is null || Interpolator.HasExpression(name))
        {
            _notes.Add(Note.Declared(pending.Node, dependency, name, dependency.Version, "groupId or artifactId missing or not resolved"));
            return;
        }

        if (pending.Exclusions.Any(e => e.Matches(dependency.GroupId, dependency.ArtifactId)) || name == _root.Name)
        {
            return;
        }

        var (version, scope, managed, exclusions) = (dependency.Version, dependency.Scope, false, dependency.Exclusions);
        if (transitive && _root.Management.TryGetValue(dependency.ManagementKey, out var rule))
        {
            version = rule.Version ?? version;
            (scope, managed) = rule.Scope is null ? (scope, false) : (rule.Scope, true);
            exclusions = rule.Exclusions.Count == 0 ? exclusions : [.. exclusions.Union(rule.Exclusions)];
        }

        var link = new Link(pending.Node, -1, scope, !transitive && dependency.IsOptional, managed, dependency.Version);
        if (_winners.TryGetValue(name, out var winner))
        {
            if (winner != pending.Node)
            {
                _links.Add(link with { To = winner });
            }

            return;
        }

        if (_undecided.Contains(name))
        {
            return;
        }

        if (ResolveVersion(pending.Model, dependency.GroupId, dependency.ArtifactId, version, out var reason) is not { } resolved)
        {
            _undecided.Add(name);
            _notes.Add(new Note(pending.Node, false, scope, link.Optional, managed, name, version, reason));
            return;
        }

        if (_graph.Nodes.Count >= MaxNodes)
        {
            _notes.Add(new Note(0, false, null, false, false, "*", null, $"graph capped at {MaxNodes} packages: the rest is not resolved"));
            _queue.Clear();
            return;
        }

        var node = _graph.AddNode(name, resolved);
        node.Direct = !transitive;
        _winners[name] = node.Id;
        _links.Add(link with { To = node.Id });
        Expand(node, pending, exclusions, new MavenCoordinate(dependency.GroupId, dependency.ArtifactId, resolved));
    }

    private void Expand(PackageNode node, Pending pending, IReadOnlyList<PomExclusion> exclusions, MavenCoordinate coordinate)
    {
        if (pending.Depth + 1 >= MaxDepth)
        {
            _notes.Add(new Note(node.Id, true, null, false, false, coordinate.ToString(), null, $"dependencies deeper than {MaxDepth} levels are not followed"));
            return;
        }

        var file = _session.Find(coordinate);
        if (file is null)
        {
            _notes.Add(new Note(node.Id, true, null, false, false, coordinate.ToString(), null, $"POM not found in {_session.SearchedPlaces}: its dependencies are unknown"));
            return;
        }

        if (file.Origin == PomOrigin.Repository)
        {
            node.Source = PackageSource.Local;
            node.Resolved = file.Path;
        }

        EffectiveModel model;
        try
        {
            model = _session.Build(file);
        }
        catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
        {
            _notes.Add(new Note(node.Id, true, null, false, false, coordinate.ToString(), null, $"POM {file.Display} could not be used: {ex.Message}"));
            return;
        }

        // The licence a package's own POM (or its parent chain) declares is that package's declared licence, wherever
        // the POM came from: a module of this repository, another repository of the fleet, ~/.m2 or a remote.
        node.License = model.License;

        foreach (var problem in model.Problems)
        {
            _notes.Add(new Note(node.Id, true, null, false, false, problem.Name, problem.Requirement, $"{problem.Reason} (for {coordinate})"));
        }

        _queue.Enqueue(new Pending(node.Id, pending.Depth + 1, model, exclusions.Count == 0 ? pending.Exclusions : [.. pending.Exclusions, .. exclusions]));
    }
}
