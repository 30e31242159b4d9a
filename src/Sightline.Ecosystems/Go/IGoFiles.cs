using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// What graph building needs besides the file it starts from: other go.mod files of the repository, go.sum
/// files and the module cache. The extractor provides it; the builders never touch the file system.
/// </summary>
internal interface IGoFiles
{
    /// <summary>The go.mod of a repository folder, parsed; null when the folder has none.</summary>
    GoLocalModule? LoadModule(string folder);

    /// <summary>Opens a repository file (go.sum, go.work.sum); null when it does not exist.</summary>
    Stream? OpenSum(string path);

    /// <summary>A file that could not be used (a go.sum over the size limit or malformed): reported under its own name.</summary>
    void Report(ExtractionError error);

    GoModuleCache? Cache { get; }
}

/// <summary>A folder's go.mod: parsed, or the reason it could not be.</summary>
internal sealed record GoLocalModule(string Path, GoModFile? File, string? Error);
