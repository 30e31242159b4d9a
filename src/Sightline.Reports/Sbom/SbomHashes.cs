namespace Sightline.Reports.Sbom;

/// <summary>
/// Turns the checksums lockfiles record into SBOM hashes: npm/NuGet SRI ("sha512-&lt;base64&gt;"), "sha256:&lt;hex&gt;"
/// (Poetry, Pipfile, Go sums are not content hashes and are skipped), bare hex (Cargo: SHA-256, 64 chars;
/// Composer shasum: SHA-1, 40 chars), NuGet contentHash (base64 SHA-512).
/// </summary>
public static class SbomHashes
{
    public static IReadOnlyList<SbomHash> From(string? integrity)
    {
        if (string.IsNullOrWhiteSpace(integrity))
        {
            return [];
        }

        var hashes = new List<SbomHash>();
        foreach (var part in integrity.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(part.Trim()) is { } hash && !hashes.Contains(hash))
            {
                hashes.Add(hash);
            }
        }

        return hashes;
    }

    private static SbomHash? Parse(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (dash > 0 && (colon < 0 || dash < colon) && Algorithm(text[..dash]) is { } sriAlgorithm)
        {
            return FromBase64(sriAlgorithm, text[(dash + 1)..]);
        }

        if (colon > 0 && Algorithm(text[..colon]) is { } algorithm)
        {
            var value = text[(colon + 1)..];
            return IsHex(value, Length(algorithm)) ? new SbomHash(algorithm, value.ToLowerInvariant()) : FromBase64(algorithm, value);
        }

        return text.Length switch
        {
            64 when IsHex(text, 64) => new SbomHash("SHA-256", text.ToLowerInvariant()),
            40 when IsHex(text, 40) => new SbomHash("SHA-1", text.ToLowerInvariant()),
            128 when IsHex(text, 128) => new SbomHash("SHA-512", text.ToLowerInvariant()),
            88 => FromBase64("SHA-512", text),
            _ => null,
        };
    }

    private static string? Algorithm(string name) => name.ToLowerInvariant() switch
    {
        "sha1" or "sha-1" => "SHA-1",
        "sha256" or "sha-256" => "SHA-256",
        "sha384" or "sha-384" => "SHA-384",
        "sha512" or "sha-512" => "SHA-512",
        _ => null,
    };

    private static int Length(string algorithm) => algorithm switch
    {
        "SHA-1" => 40,
        "SHA-256" => 64,
        "SHA-384" => 96,
        _ => 128,
    };

    private static SbomHash? FromBase64(string algorithm, string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written * 2 == Length(algorithm)
            ? new SbomHash(algorithm, Convert.ToHexStringLower(buffer.AsSpan(0, written)))
            : null;
    }

    private static bool IsHex(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiHexDigit);
}
