using Sightline.Core.Advisories;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Osv;

/// <summary>An event with its version parsed; a null version is introduced "0" or limit "*" (the ends of the line).</summary>
internal readonly record struct CompiledEvent(RangeEventKind Kind, IVersion? Version, string Text)
{
    /// <summary>Order for OSV's sorted(range.events): "0" first, then by version; ties keep record order (stable sort).</summary>
    public static CompiledEvent[] Sort(List<CompiledEvent> events)
    {
        var indexed = events.Select((e, i) => (Event: e, Index: i)).ToArray();
        Array.Sort(indexed, static (a, b) =>
        {
            var byVersion = CompareVersions(a.Event.Version, b.Event.Version);
            return byVersion != 0 ? byVersion : a.Index.CompareTo(b.Index);
        });
        return [.. indexed.Select(x => x.Event)];
    }

    private static int CompareVersions(IVersion? a, IVersion? b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.CompareTo(b);
}
