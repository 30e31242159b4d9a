using System.Text.Json;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Severity;

/// <summary>The fallback: GHSA's own label in the record's database_specific object.</summary>
public static partial class AdvisorySeverity
{
    private static AdvisorySeverityResult? FromDatabaseSpecific(Advisory advisory, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(advisory.DatabaseSpecificJson))
        {
            return null;
        }

        string? label;
        try
        {
            using var document = JsonDocument.Parse(advisory.DatabaseSpecificJson);
            label = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("severity", out var severity)
                && severity.ValueKind == JsonValueKind.String
                    ? severity.GetString()
                    : null;
        }
        catch (JsonException e)
        {
            // The importer stores what the feed held; a broken object is the feed's fault, not a reason to stop.
            warnings.Add($"{advisory.Id}: database_specific is not valid JSON ({e.Message})");
            return null;
        }

        if (label is null)
        {
            return null;
        }

        var band = SeverityBands.FromDatabaseLabel(label);
        if (band is null)
        {
            warnings.Add($"{advisory.Id}: unknown database_specific.severity '{label}' ignored");
            return null;
        }

        return new AdvisorySeverityResult(null, null, SeveritySources.GhsaDatabaseSpecific, band.Value, warnings);
    }
}
