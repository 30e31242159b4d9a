namespace Sightline.Reports.Sbom.CycloneDx;

internal static partial class CycloneDxMapper
{
    private static readonly int[] HexLengths = [32, 40, 64, 96, 128];

    /// <summary>
    /// CycloneDX has a group field: Maven's "group:artifact" and npm's "@scope/name" fill it, so consumers match
    /// components the way the registries name them. Other ecosystems have no namespace worth splitting.
    /// </summary>
    internal static (string? Group, string Name) GroupAndName(string ecosystem, string name)
    {
        if (ecosystem.Equals("maven", StringComparison.OrdinalIgnoreCase))
        {
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < name.Length - 1)
            {
                return (name[..colon], name[(colon + 1)..]);
            }
        }
        else if (ecosystem.Equals("npm", StringComparison.OrdinalIgnoreCase) && name.StartsWith('@'))
        {
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 1 && slash < name.Length - 1)
            {
                return (name[..slash], name[(slash + 1)..]);
            }
        }

        return (null, name);
    }

    /// <summary>
    /// CycloneDX scope says whether the component ships: peer and provided ones are needed at run time even though
    /// someone else supplies them; dev and test ones never ship. An unknown scope is left unsaid (the property keeps it).
    /// </summary>
    internal static string? Scope(string scope) => scope.ToLowerInvariant() switch
    {
        "runtime" or "peer" or "provided" => "required",
        "optional" => "optional",
        "dev" or "test" => "excluded",
        _ => null,
    };

    /// <summary>Keeps hashes the schema accepts: a listed algorithm (also spelled without the dash) and hex of a hash's length.</summary>
    private static List<SbomHash> Hashes(IReadOnlyList<SbomHash> hashes)
    {
        var kept = new List<SbomHash>();
        foreach (var hash in hashes)
        {
            var algorithm = hash.Algorithm.ToUpperInvariant() switch
            {
                "SHA1" or "SHA-1" => "SHA-1",
                "SHA256" or "SHA-256" => "SHA-256",
                "SHA384" or "SHA-384" => "SHA-384",
                "SHA512" or "SHA-512" => "SHA-512",
                "MD5" => "MD5",
                _ => null,
            };
            var value = hash.Value.ToLowerInvariant();
            if (algorithm is not null && HexLengths.Contains(value.Length) && value.All(char.IsAsciiHexDigit)
                && kept.TrueForAll(k => k.Algorithm != algorithm))
            {
                kept.Add(new SbomHash(algorithm, value));
            }
        }

        return kept;
    }
}
