using System.Text.Json;
using Sightline.Core.Versioning;
using Sightline.Tests;
using Xunit;

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

    /// <summary>Every GHSA range of the ecosystem parses with the scheme and its events ascend (introduced "0" aside).</summary>
    public static void AssertAscending(IVersionScheme scheme, string ecosystem)
    {
        var ranges = Ranges(ecosystem);
        Assert.NotEmpty(ranges);
        foreach (var (id, package, events) in ranges)
        {
            for (var i = 1; i < events.Count; i++)
            {
                if (events[i - 1] is ("introduced", "0"))
                {
                    continue; // OSV's "0" means "from the start", not a version
                }

                var (low, high) = (events[i - 1].Version, events[i].Version);
                Assert.True(Parse(scheme, low).CompareTo(Parse(scheme, high)) < 0, $"{id} {package}: {low} < {high}");
            }
        }
    }

    private static IVersion Parse(IVersionScheme scheme, string text) =>
        scheme.TryParse(text, out var version) ? version : throw new InvalidOperationException($"'{text}' does not parse");
}
