using Sightline.Core.Advisories;
using Sightline.Core.Model;

namespace Sightline.Remediation.Tests.Targets;

/// <summary>Hand-made advisories for the cases the real corpus does not hold; each test says why it builds one.</summary>
internal static class Made
{
    public static Advisory Advisory(string id, Ecosystem ecosystem, string name, params AffectedRange[] ranges) =>
        new() { Id = id, Affected = [new AffectedPackage(ecosystem.OsvName(), ecosystem, name, null, ranges, [])] };

    public static Advisory Listed(string id, Ecosystem ecosystem, string name, params string[] versions) =>
        new() { Id = id, Affected = [new AffectedPackage(ecosystem.OsvName(), ecosystem, name, null, [], versions)] };

    /// <summary>An ECOSYSTEM range from "introduced:0", "fixed:1.2.3", "last_affected:1.2.3".</summary>
    public static AffectedRange Range(params string[] events) => new(RangeType.Ecosystem, null, [.. events.Select(Event)]);

    public static AffectedRange Git(params string[] events) => new(RangeType.Git, "https://example.invalid/repo.git", [.. events.Select(Event)], "GIT");

    private static RangeEvent Event(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = text[..colon] switch
        {
            "introduced" => RangeEventKind.Introduced,
            "fixed" => RangeEventKind.Fixed,
            "last_affected" => RangeEventKind.LastAffected,
            _ => RangeEventKind.Limit,
        };
        return new RangeEvent(kind, text[(colon + 1)..]);
    }
}
