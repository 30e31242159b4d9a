using System.Text.Json;
using Sightline.Tests;

namespace Sightline.Versioning.Tests;

/// <summary>Collects (introduced, fixed or last_affected) event pairs of one ecosystem from ../shared/data/osv/ghsa.</summary>
internal static class OsvRangeEvents
{
    public static string GhsaRoot => Path.Combine(TestPaths.SharedData, "osv", "ghsa", "advisories");

    /// <summary>Each ECOSYSTEM range as (advisory id, package, events in file order as (kind, version)).</summary>
    public static List<(string Id, string Package, List<(string Kind, string Version)> Events)> Ranges(string ecosystem)
    {
        var result = new List<(string, string, List<(string, string)>)>();
        foreach (var file in Directory.EnumerateFiles(GhsaRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var id = document.RootElement.GetProperty("id").GetString()!;
            if (!document.RootElement.TryGetProperty("affected", out var affected))
            {
                continue;
            }

            foreach (var entry in affected.EnumerateArray())
            {
                var package = entry.GetProperty("package");
                if (package.GetProperty("ecosystem").GetString() != ecosystem || !entry.TryGetProperty("ranges", out var ranges))
                {
                    continue;
                }

                foreach (var range in ranges.EnumerateArray())
                {
                    var events = new List<(string, string)>();
                    foreach (var e in range.GetProperty("events").EnumerateArray())
                    {
                        foreach (var property in e.EnumerateObject())
                        {
                            events.Add((property.Name, property.Value.GetString()!));
                        }
                    }

                    result.Add((id, package.GetProperty("name").GetString()!, events));
                }
            }
        }

        return result;
    }
}
