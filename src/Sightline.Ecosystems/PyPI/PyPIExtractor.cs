using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.PyProject;

namespace Sightline.Ecosystems.PyPI;

/// <summary>
/// Python: poetry.lock, uv.lock and pdm.lock with the pyproject.toml beside them (one graph per lockfile),
/// Pipfile.lock with its Pipfile, each requirements file (with its -r/-c includes), and a pyproject.toml or
/// Pipfile that no lockfile covers; dependencies' licences from an in-repository virtualenv's METADATA files.
/// See docs/ecosystems/pypi.md.
/// </summary>
public sealed partial class PyPIExtractor : IEcosystemExtractor
{
    private const string PyProjectToml = "pyproject.toml";

    public string Id => "pypi";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public int Version => 3;

    /// <summary>requirements.txt, requirements-dev.txt, requirements_test.txt, dev-requirements.txt, ....</summary>
    public IReadOnlyList<string> FilePatterns { get; } =
        [PyProjectToml, "poetry.lock", "uv.lock", "pdm.lock", "Pipfile", "Pipfile.lock", .. RequirementsNames];

    private static readonly string[] RequirementsNames = ["requirements*.txt", "*requirements.txt"];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var run = new Run(repository, new ExtractionResult());
        var byName = files.ToLookup(RepositoryPath.FileName, StringComparer.Ordinal);

        // Lockfiles first: a uv workspace's lockfile covers its members' pyproject.toml files.
        foreach (var lockfile in byName["poetry.lock"].Concat(byName["uv.lock"]).Concat(byName["pdm.lock"]).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Lockfile(lockfile);
        }

        foreach (var lockfile in byName["Pipfile.lock"])
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.PipfileLock(lockfile);
        }

        foreach (var pipfile in byName["Pipfile"].Where(p => !repository.Exists(p + ".lock")))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.PipfileAlone(pipfile);
        }

        foreach (var requirements in files.Where(f => Core.Extraction.FilePatterns.Matches(RepositoryPath.FileName(f), RequirementsNames)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Requirements(requirements);
        }

        foreach (var pyproject in byName[PyProjectToml])
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.PyProjectAlone(pyproject);
        }

        run.ApplyInstalledLicences();
        return run.Result;
    }

    private static string Sibling(string path, string name)
    {
        var folder = RepositoryPath.Directory(path);
        return folder.Length == 0 ? name : folder + "/" + name;
    }

    private static void Publish(DependencyGraph graph, PyProjectManifest? manifest)
    {
        if (manifest?.Name is { } name)
        {
            graph.Publishes.Add(new PublishedPackage(name, manifest.Version));
        }

        graph.Root.License = manifest?.License;
    }
}
