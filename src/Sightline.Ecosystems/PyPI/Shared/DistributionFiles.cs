namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>What a distribution's file name says (wheel and sdist names carry name and version by specification).</summary>
internal static class DistributionFiles
{
    /// <summary>Name and version from a wheel ("name-1.0-py3-none-any.whl") or sdist ("name-1.0.tar.gz") file name.</summary>
    public static (string? Name, string? Version) NameAndVersion(string location)
    {
        var file = location[(location.LastIndexOf('/') + 1)..];
        if (file.EndsWith(".whl", StringComparison.OrdinalIgnoreCase))
        {
            var parts = file[..^4].Split('-');
            return parts.Length >= 5 ? (parts[0], parts[1]) : (null, null);
        }

        var stem = file.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) ? file[..^7]
            : file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? file[..^4]
            : null;
        var dash = stem?.LastIndexOf('-') ?? -1;
        return stem is not null && dash > 0 && dash + 1 < stem.Length && char.IsAsciiDigit(stem[dash + 1])
            ? (stem[..dash], stem[(dash + 1)..])
            : (null, null);
    }
}
