using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Pom;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// The pom.xml files of every fleet repository by coordinates: a parent POM or BOM kept in a shared
/// repository. Built once, on the first lookup the extracted repository cannot answer, and shared by the
/// extractions running in parallel (Lazy with ExecutionAndPublication; read-only afterwards).
/// </summary>
internal sealed class FleetPomIndex : IPomSource
{
    private readonly Lazy<IReadOnlyList<RepositoryPomIndex>> _indexes;

    public FleetPomIndex(IReadOnlyList<FleetRepository> fleet) =>
        _indexes = new Lazy<IReadOnlyList<RepositoryPomIndex>>(() => Build(fleet), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Description => "the fleet";

    public PomFile? TryFind(MavenCoordinate coordinate, CancellationToken cancellationToken)
    {
        foreach (var index in _indexes.Value)
        {
            if (index.TryFind(coordinate, cancellationToken) is { } file)
            {
                return file;
            }
        }

        return null;
    }

    public IEnumerable<string> Versions(string groupId, string artifactId, CancellationToken cancellationToken) =>
        _indexes.Value.SelectMany(index => index.Versions(groupId, artifactId, cancellationToken));

    private static List<RepositoryPomIndex> Build(IReadOnlyList<FleetRepository> fleet)
    {
        var indexes = new List<RepositoryPomIndex>(fleet.Count);
        foreach (var repository in fleet)
        {
            try
            {
                // Parsed documents live only while this repository is indexed; lookups re-read the one file they need.
                var documents = new Dictionary<string, PomDocument?>(StringComparer.Ordinal);
                PomDocument? Read(string path)
                {
                    if (!documents.TryGetValue(path, out var document))
                    {
                        documents[path] = document = TryRead(repository.Files, path);
                    }

                    return document;
                }

                var files = repository.Files.Files;
                indexes.Add(RepositoryPomIndex.Build(repository.Files, files, repository.Name, Read, new UserProperties(repository.Files, files), CancellationToken.None));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RepositoryFileException)
            {
                // A repository that cannot be walked contributes nothing; its own extraction reports why.
            }
        }

        return indexes;
    }

    private static PomDocument? TryRead(IRepositoryFiles files, string path)
    {
        if (!files.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = files.OpenRead(path);
            return PomReader.Read(stream);
        }
        catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
        {
            return null;
        }
    }
}
