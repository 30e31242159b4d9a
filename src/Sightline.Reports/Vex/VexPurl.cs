namespace Sightline.Reports.Vex;

/// <summary>
/// Just enough of the purl spec (pkg:type/namespace/name@version?qualifiers#subpath) to name a CycloneDX component
/// after its package: the writer has only the purl, and a component without a name is invalid.
/// </summary>
internal static class VexPurl
{
    public static (string? Group, string Name, string? Version) Parse(string purl)
    {
        var text = purl;
        text = Before(text, '#');
        text = Before(text, '?');
        if (text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].TrimStart('/');
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            text = slash >= 0 ? text[(slash + 1)..] : text;
        }

        string? version = null;
        var at = text.LastIndexOf('@');
        // An "@" at the start is an npm scope ("%40" when encoded properly), not a version separator.
        if (at > 0 && text.IndexOf('/', at) < 0)
        {
            version = Uri.UnescapeDataString(text[(at + 1)..]);
            text = text[..at];
        }

        text = text.Trim('/');
        var last = text.LastIndexOf('/');
        var group = last > 0 ? Uri.UnescapeDataString(text[..last]) : null;
        var name = Uri.UnescapeDataString(last >= 0 ? text[(last + 1)..] : text);
        return (group, name.Length > 0 ? name : purl, string.IsNullOrEmpty(version) ? null : version);
    }

    private static string Before(string text, char separator)
    {
        var index = text.IndexOf(separator, StringComparison.Ordinal);
        return index >= 0 ? text[..index] : text;
    }
}
