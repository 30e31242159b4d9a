using Sightline.Core.Model;
using Sightline.Ecosystems.Maven.Resolution;

namespace Sightline.Ecosystems.Maven;

public sealed partial class MavenExtractor
{
    public const string Kind = "pom.xml";

    /// <summary>
    /// The graph of one POM: the project as node 0, its resolved dependency tree, what could not be
    /// resolved, and its own coordinates as published (aggregators and BOMs too, with or without dependencies).
    /// </summary>
    private static DependencyGraph BuildGraph(MavenSession session, string path)
    {
        var model = session.Build(session.RepositoryFile(path));
        var coordinate = model.Coordinate;
        var graph = new DependencyGraph(Ecosystem.Maven, path, Kind, model.Name, coordinate?.Version);
        graph.Root.License = model.License;
        if (model.Name is { } name)
        {
            graph.Publishes.Add(new PublishedPackage(name, coordinate?.Version));
        }

        foreach (var problem in model.Problems)
        {
            graph.AddUnresolved(problem);
        }

        new DependencyResolver(session, model, graph).Run();
        return graph;
    }
}
