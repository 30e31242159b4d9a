using System.Text.Json;
using Sightline.Core.Advisories;
using Sightline.Core.Model;

namespace Sightline.Advisories.Osv;

/// <summary>Reads one <c>affected[]</c> entry with its package, ranges and versions.</summary>
internal static class OsvAffectedReader
{
    public static AffectedPackage Read(JsonElement element)
    {
        string ecosystemName = string.Empty, name = string.Empty;
        string? purl = null;
        if (element.TryGetProperty("package", out var package) && package.ValueKind == JsonValueKind.Object)
        {
            ecosystemName = OsvValues.String(package, "ecosystem") ?? string.Empty;
            name = OsvValues.String(package, "name") ?? string.Empty;
            purl = OsvValues.String(package, "purl");
        }

        // "Debian:11", "Ubuntu:Pro:22.04:LTS", names this build does not know: kept, never matched.
        Ecosystem? ecosystem = EcosystemNames.TryParse(ecosystemName, out var known) ? known : null;
        var severity = OsvValues.Objects(element, "severity", OsvRecordReader.ReadSeverity);
        return new AffectedPackage(
            ecosystemName,
            ecosystem,
            name,
            purl,
            OsvValues.Objects(element, "ranges", ReadRange),
            OsvValues.Strings(element, "versions"),
            OsvValues.ObjectText(element, "ecosystem_specific"),
            OsvValues.ObjectText(element, "database_specific"),
            severity.Count == 0 ? null : severity);
    }

    private static AffectedRange ReadRange(JsonElement element)
    {
        var typeName = OsvValues.String(element, "type") ?? string.Empty;
        RangeType? known = typeName.ToUpperInvariant() switch
        {
            "SEMVER" => RangeType.Semver,
            "ECOSYSTEM" => RangeType.Ecosystem,
            "GIT" => RangeType.Git,
            _ => null,
        };
        return new AffectedRange(
            known ?? RangeType.Unknown,
            OsvValues.String(element, "repo"),
            OsvValues.Objects(element, "events", ReadEvent).OfType<RangeEvent>().ToList(),
            known is null ? typeName : null,
            OsvValues.ObjectText(element, "database_specific"));
    }

    /// <summary>An event object holds one of introduced, fixed, last_affected, limit; others are skipped.</summary>
    private static RangeEvent? ReadEvent(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            RangeEventKind? kind = property.Name switch
            {
                "introduced" => RangeEventKind.Introduced,
                "fixed" => RangeEventKind.Fixed,
                "last_affected" => RangeEventKind.LastAffected,
                "limit" => RangeEventKind.Limit,
                _ => null,
            };
            if (kind is { } k && OsvValues.AsString(property.Value, property.Name) is { } version)
            {
                return new RangeEvent(k, version);
            }
        }

        return null;
    }
}
