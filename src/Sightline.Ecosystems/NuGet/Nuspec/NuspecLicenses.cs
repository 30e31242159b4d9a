using System.Xml;
using NuGet.Versioning;

namespace Sightline.Ecosystems.NuGet.Nuspec;

/// <summary>
/// Declared licences from the .nuspec files of a NuGet global packages folder
/// (<c>&lt;id&gt;/&lt;version&gt;/&lt;id&gt;.nuspec</c>, all lower-case): <c>&lt;license type="expression"&gt;</c>, else a
/// <c>licenseUrl</c> on licenses.nuget.org, which NuGet derives from the expression. A licence file, any other URL,
/// a missing, oversized or malformed nuspec: no licence, never an error, since the folder is the machine's, not the
/// repository's.
/// </summary>
internal sealed class NuspecLicenses(string folder)
{
    private const long MaxBytes = 2 * 1024 * 1024;
    private const string LicenseHost = "https://licenses.nuget.org/";
    private readonly Dictionary<(string, string), string?> _known = [];

    public string? Find(string id, string version)
    {
        if (!_known.TryGetValue((id, version), out var license))
        {
            _known[(id, version)] = license = Read(id, version);
        }

        return license;
    }

    private string? Read(string id, string version)
    {
        var lowerId = id.ToLowerInvariant();
        // The folder is named by the normalized version ("1.0" is restored into 1.0.0).
        var folderVersion = NuGetVersion.TryParse(version, out var parsed) ? parsed.ToNormalizedString().ToLowerInvariant() : version.ToLowerInvariant();
        if (lowerId.IndexOfAny(['/', '\\']) >= 0 || lowerId.Contains("..", StringComparison.Ordinal) || folderVersion.IndexOfAny(['/', '\\']) >= 0)
        {
            return null;
        }

        var path = Path.Combine(folder, lowerId, folderVersion, lowerId + ".nuspec");
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists || file.Length > MaxBytes)
            {
                return null;
            }

            using var stream = file.OpenRead();
            return FromNuspec(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }

    internal static string? FromNuspec(Stream stream)
    {
        var metadata = SecureXml.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
        if (metadata is null)
        {
            return null;
        }

        var license = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
        if (license is not null)
        {
            return string.Equals(SecureXml.Attribute(license, "type"), "expression", StringComparison.OrdinalIgnoreCase) && license.Value.Trim() is { Length: > 0 } expression
                ? expression
                : null;
        }

        var url = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "licenseUrl")?.Value.Trim();
        if (url is null || !url.StartsWith(LicenseHost, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = Uri.UnescapeDataString(url[LicenseHost.Length..].TrimEnd('/')).Trim();
        return text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+' or ' ' or '(' or ')') ? text : null;
    }
}
