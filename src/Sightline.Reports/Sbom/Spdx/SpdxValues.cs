using System.Globalization;

namespace Sightline.Reports.Sbom.Spdx;

/// <summary>Single-field translations from the SBOM model's spellings to SPDX's.</summary>
internal static class SpdxValues
{
    /// <summary>SPDX wants UTC to the second with a literal Z; fractions or offsets fail strict validators.</summary>
    public static string Created(DateTimeOffset timestamp) =>
        timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The model spells hashes as CycloneDX does; anything else (MD5 from an old lockfile) is dropped.</summary>
    public static string? ChecksumAlgorithm(string algorithm) => algorithm.ToUpperInvariant() switch
    {
        "SHA-1" or "SHA1" => "SHA1",
        "SHA-256" or "SHA256" => "SHA256",
        "SHA-384" or "SHA384" => "SHA384",
        "SHA-512" or "SHA512" => "SHA512",
        _ => null,
    };

    /// <summary>"Organization: x"; a supplier already written as "Person: …" or "Organization: …" is kept.</summary>
    public static string Supplier(string? supplier)
    {
        var text = supplier?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return SpdxDocumentModel.NoAssertion;
        }

        return text.StartsWith("Organization:", StringComparison.Ordinal) || text.StartsWith("Person:", StringComparison.Ordinal)
            ? text
            : "Organization: " + text;
    }

    /// <summary>
    /// A download location must be NONE, NOASSERTION or a URL (optionally "git+…" and the like); a registry name
    /// or a local path in the model's Source is not one, so it becomes NOASSERTION rather than an invalid value.
    /// </summary>
    public static string DownloadLocation(string? source)
    {
        var text = source?.Trim();
        if (string.IsNullOrEmpty(text) || text.Any(char.IsWhiteSpace))
        {
            return SpdxDocumentModel.NoAssertion;
        }

        var plus = text.IndexOf('+', StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var url = plus > 0 && plus < colon && text[..plus] is "git" or "hg" or "svn" or "bzr" ? text[(plus + 1)..] : text;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" or "sftp" or "ssh" or "git"
            ? text
            : SpdxDocumentModel.NoAssertion;
    }
}
