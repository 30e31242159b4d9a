namespace Sightline.Ecosystems.Cargo.Lock;

/// <summary>What Cargo.lock records: its format version, the packages and (v1) the [metadata] checksums.</summary>
internal sealed class CargoLock
{
    /// <summary>The top-level `version` key (3, 4), or null for v1/v2 lockfiles, which have none.</summary>
    public int? DeclaredVersion { get; set; }

    public List<CargoLockPackage> Packages { get; } = [];

    /// <summary>v1 [metadata] entries "checksum name version (source)" → sha256 hex.</summary>
    public Dictionary<string, string> MetadataChecksums { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The format version. Cargo writes no `version` key for v1 and v2: v2 puts checksums inline and
    /// names dependencies by name alone where that is unique, v1 keeps checksums in [metadata] and always
    /// writes "name version (source)".
    /// </summary>
    public int FormatVersion =>
        DeclaredVersion
        ?? (Packages.Exists(p => p.Checksum is not null) ? 2
            : MetadataChecksums.Count > 0 ? 1
            : Packages.Exists(p => p.Dependencies.Exists(d => !d.Text.Contains(' ', StringComparison.Ordinal))) ? 2
            : 1);

    /// <summary>The sha256 Cargo recorded for a package, inline (v2+) or in [metadata] (v1).</summary>
    public string? ChecksumOf(CargoLockPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (package.Checksum is { Length: > 0 } inline)
        {
            return inline;
        }

        if (MetadataChecksums.Count == 0 || package.Source is null)
        {
            return null;
        }

        var key = $"checksum {package.Name} {package.Version} ({package.Source})";
        return MetadataChecksums.TryGetValue(key, out var hex) && hex != "<none>" ? hex : null;
    }
}

/// <summary>One [[package]] entry; <see cref="Line"/> is where it starts, for error messages.</summary>
internal sealed record CargoLockPackage(string Name, string Version, string? Source, string? Checksum, List<LockReference> Dependencies, long Line)
{
    public override string ToString() => $"{Name} {Version}";
}

/// <summary>A dependency string of a package ("name", "name version", "name version (source)").</summary>
internal readonly record struct LockReference(string Text, long Line);
