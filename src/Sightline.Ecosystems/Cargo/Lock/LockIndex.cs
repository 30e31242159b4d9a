using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Cargo.Lock;

/// <summary>
/// Resolves the dependency strings of Cargo.lock to the exact package they name: "name" (v2+, the name is
/// unique), "name version" (several versions) and "name version (source)" (v1 always; later versions
/// when one name and version come from several sources). A string that fits several packages is an error,
/// as it is for Cargo.
/// </summary>
internal sealed class LockIndex
{
    private readonly CargoLock _lock;
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);

    public LockIndex(CargoLock lockfile)
    {
        _lock = lockfile;
        for (var i = 0; i < lockfile.Packages.Count; i++)
        {
            var name = lockfile.Packages[i].Name;
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>The package index the reference names, or -1 when Cargo.lock has no such package.</summary>
    public int Resolve(LockReference reference, CargoLockPackage from)
    {
        var (name, version, source) = Split(reference.Text);
        if (!_byName.TryGetValue(name, out var candidates))
        {
            return -1;
        }

        var matches = candidates
            .Where(i => (version is null || _lock.Packages[i].Version == version) && (source is null || SameSource(_lock.Packages[i].Source, source)))
            .ToList();

        // "name version" with one copy from a path and others from registries names the path one (how v1
        // writes path packages, and what Cargo assumes when it reads one).
        if (matches.Count > 1 && version is not null && source is null)
        {
            var local = matches.FindAll(i => _lock.Packages[i].Source is null);
            matches = local.Count == 1 ? local : matches;
        }

        return matches.Count switch
        {
            0 => -1,
            1 => matches[0],
            _ => throw new ManifestFormatException(
                $"dependency '{reference.Text}' of {from} is ambiguous: Cargo.lock has {string.Join(" and ", matches.Select(i => Describe(_lock.Packages[i])))}",
                reference.Line == 0 ? null : reference.Line, null),
        };
    }

    /// <summary>The source-less (path or workspace) packages with this name.</summary>
    public IEnumerable<int> LocalPackagesNamed(string name) =>
        _byName.TryGetValue(name, out var list) ? list.Where(i => _lock.Packages[i].Source is null) : [];

    public static (string Name, string? Version, string? Source) Split(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return (trimmed, null, null);
        }

        var name = trimmed[..space];
        var rest = trimmed[(space + 1)..].TrimStart();
        var open = rest.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !rest.EndsWith(')'))
        {
            return (name, rest, null);
        }

        return (name, rest[..open], rest[(open + 2)..^1]);
    }

    /// <summary>
    /// v4 percent-encodes git query strings ("?branch=feat%2Fx") where older versions did not; a v1
    /// reference and a package entry are compared with the encoding undone.
    /// </summary>
    private static bool SameSource(string? packageSource, string referenceSource) =>
        packageSource is not null
        && (packageSource == referenceSource || Uri.UnescapeDataString(packageSource) == Uri.UnescapeDataString(referenceSource));

    private static string Describe(CargoLockPackage package) =>
        package.Source is null ? $"{package.Name} {package.Version} (path)" : $"{package.Name} {package.Version} ({package.Source})";
}
