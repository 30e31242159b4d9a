using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.PyPI.Installed;

/// <summary>
/// The virtualenvs inside a repository (<c>.venv/lib/python3.12/site-packages</c>, Windows'
/// <c>venv/Lib/site-packages</c>), found in the file listing and keyed by the folder each sits in.
/// Each METADATA is read at most once; a missing, unreadable or malformed one is simply not there.
/// </summary>
internal sealed class SitePackages
{
    private const string DistInfo = ".dist-info";

    /// <summary>Folder holding the virtualenv → virtualenv root (ordinal order) → "name version" → METADATA path.</summary>
    private readonly Dictionary<string, SortedDictionary<string, Dictionary<string, string>>> _byFolder = new(StringComparer.Ordinal);

    private readonly Dictionary<string, DistInfoMetadata?> _read = new(StringComparer.Ordinal);
    private readonly IRepositoryFiles _repository;
    private readonly ExtractionResult _result;

    private SitePackages(IRepositoryFiles repository, ExtractionResult result)
    {
        _repository = repository;
        _result = result;
    }

    /// <summary>The repository's installed distributions, or null when it holds none.</summary>
    public static SitePackages? Index(IRepositoryFiles repository, ExtractionResult result)
    {
        var index = new SitePackages(repository, result);
        foreach (var path in repository.Files.Where(f => f.EndsWith("/METADATA", StringComparison.Ordinal)))
        {
            index.Add(path);
        }

        return index._byFolder.Count == 0 ? null : index;
    }

    /// <summary>
    /// The licence the nearest virtualenv's copy of this exact distribution declares: beside the manifest's
    /// folder first, then its ancestors'. Only a copy whose own Name and Version agree counts.
    /// </summary>
    public string? License(string manifestFolder, string name, string version)
    {
        var normalized = PackageNames.Normalize(Ecosystem.PyPI, name);
        var key = Key(normalized, version);
        foreach (var folder in RepositoryPath.SelfAndAncestors(manifestFolder))
        {
            if (!_byFolder.TryGetValue(folder, out var environments))
            {
                continue;
            }

            foreach (var distributions in environments.Values)
            {
                if (distributions.TryGetValue(key, out var path) && Read(path) is { License: { } license } metadata
                    && PackageNames.Normalize(Ecosystem.PyPI, metadata.Name) == normalized
                    && string.Equals(metadata.Version, version, StringComparison.OrdinalIgnoreCase))
                {
                    return license;
                }
            }
        }

        return null;
    }

    /// <summary>Indexes "&lt;venv&gt;/lib/python3.X/site-packages/&lt;name&gt;-&lt;version&gt;.dist-info/METADATA" (or "&lt;venv&gt;/Lib/site-packages/...").</summary>
    private void Add(string path)
    {
        var segments = path.Split('/');
        var n = segments.Length;
        if (n < 5 || segments[n - 3] != "site-packages" || !segments[n - 2].EndsWith(DistInfo, StringComparison.Ordinal))
        {
            return;
        }

        var lib = segments[n - 4] == "Lib" ? n - 4
            : n >= 6 && segments[n - 5] == "lib" && (segments[n - 4].StartsWith("python", StringComparison.Ordinal) || segments[n - 4].StartsWith("pypy", StringComparison.Ordinal)) ? n - 5
            : -1;
        var stem = segments[n - 2][..^DistInfo.Length];
        var dash = stem.LastIndexOf('-');
        if (lib < 1 || dash <= 0 || dash == stem.Length - 1)
        {
            return;
        }

        var folder = string.Join('/', segments[..(lib - 1)]);
        var root = string.Join('/', segments[..lib]);
        if (!_byFolder.TryGetValue(folder, out var environments))
        {
            _byFolder[folder] = environments = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        }

        if (!environments.TryGetValue(root, out var distributions))
        {
            environments[root] = distributions = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        // Installers escape '-' in the name as '_'; PEP 503 normalisation makes both spellings one key.
        distributions.TryAdd(Key(PackageNames.Normalize(Ecosystem.PyPI, stem[..dash]), stem[(dash + 1)..]), path);
    }

    private DistInfoMetadata? Read(string path)
    {
        if (_read.TryGetValue(path, out var metadata))
        {
            return metadata;
        }

        metadata = null;
        if (_repository.TryOpen(path, out var stream))
        {
            try
            {
                using (stream)
                {
                    metadata = DistInfoMetadata.Read(stream, out var bytesRead);
                    _result.BytesRead += bytesRead;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                metadata = null;
            }
        }

        _read[path] = metadata;
        return metadata;
    }

    private static string Key(string normalizedName, string version) => normalizedName + " " + version.ToLowerInvariant();
}
