using Sightline.Core.Extraction;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// The extractor's view of one repository for the builders: each go.mod parsed once per extraction, go.sum
/// files opened on demand, every byte read counted.
/// </summary>
internal sealed class GoRepositoryFiles(IRepositoryFiles repository, ExtractionResult result, GoModuleCache? cache) : IGoFiles
{
    private readonly Dictionary<string, GoLocalModule?> _modules = new(StringComparer.Ordinal);

    public GoModuleCache? Cache => cache;

    /// <summary>The go.mod or go.work a graph starts from: errors propagate with their line and column.</summary>
    public GoModFile ParseMain(string path)
    {
        using var stream = Open(path);
        var file = GoModParser.Parse(stream);
        if (RepositoryPath.FileName(path) == "go.mod")
        {
            _modules[RepositoryPath.Directory(path)] = new GoLocalModule(path, file, null);
        }

        return file;
    }

    public GoLocalModule? LoadModule(string folder)
    {
        if (_modules.TryGetValue(folder, out var known))
        {
            return known;
        }

        var path = RepositoryPath.Combine(folder, "go.mod");
        GoLocalModule? module = null;
        if (path is not null && repository.Exists(path))
        {
            try
            {
                using var stream = Open(path);
                module = new GoLocalModule(path, GoModParser.Parse(stream), null);
            }
            catch (ManifestFormatException ex)
            {
                module = new GoLocalModule(path, null, $"{path}:{ex.Line}:{ex.Column}: {ex.Message}");
            }
            catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
            {
                module = new GoLocalModule(path, null, $"{path}: {ex.Message}");
            }
        }

        _modules[folder] = module;
        return module;
    }

    public Stream? OpenSum(string path) => repository.Exists(path) ? Open(path) : null;

    public void Report(ExtractionError error) => result.Errors.Add(error);

    private Stream Open(string path)
    {
        var stream = repository.OpenRead(path);
        result.BytesRead += stream.CanSeek ? stream.Length : 0;
        return stream;
    }
}
