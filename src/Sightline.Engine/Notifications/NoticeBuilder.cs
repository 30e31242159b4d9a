using System.Globalization;
using Sightline.Core.Advisories;
using Sightline.Core.Code;
using Sightline.Core.Findings;
using Sightline.Notify;

namespace Sightline.Engine.Notifications;

/// <summary>Groups an advisory's findings by the team that must act (the first owner) into one notice per team.</summary>
public static class NoticeBuilder
{
    /// <summary>The team key findings nobody owns are grouped under.</summary>
    public const string Unowned = "unowned";

    public static IReadOnlyList<Notice> Build(Advisory advisory, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        ArgumentNullException.ThrowIfNull(findings);
        var relevant = findings.Where(f => f.IgnoredBecause is null).ToList();
        var head = relevant.FirstOrDefault();
        var notice = new NoticeAdvisory(advisory.Id, advisory.Aliases, advisory.Summary, head?.SeverityBand ?? "unknown", head?.SeverityScore,
            $"https://osv.dev/vulnerability/{Uri.EscapeDataString(advisory.Id)}");
        return [.. relevant
            .GroupBy(f => f.Context?.Responsible?.Team ?? Unowned, StringComparer.Ordinal)
            .OrderBy(g => g.Key == Unowned ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Notice(g.Key, notice, [.. g.Select(ToNotice)], Plan: null))];
    }

    private static NoticeFinding ToNotice(Finding f)
    {
        var verdict = f.Reachability;
        var services = f.Context?.Services.Select(s => new NoticeService(s.Name, [.. s.Environments.Select(e => e.Name)], s.Environments.Any(e => e.Production))).ToList() ?? [];
        return new NoticeFinding(f.Key, f.Repository, f.Manifest, f.Package, f.Version, f.FixedVersions, VerdictName(verdict), verdict?.Reason,
            [.. (verdict?.Trace ?? []).Select(Frame)], f.Paths.Count > 0 ? f.Paths[0] : [], services, [.. f.Context?.Owners.Select(o => o.Name) ?? []]);
    }

    private static string Frame(TraceFrame frame) =>
        (frame.Repository is { } repository ? $"[{repository}] " : string.Empty)
        + string.Create(CultureInfo.InvariantCulture, $"{frame.File}:{frame.Line}:{frame.Column} {frame.Caller} calls {frame.Callee}");

    private static string VerdictName(ReachabilityVerdict? verdict) => verdict?.Verdict switch
    {
        null => "not evaluated",
        Verdict.NotImported => "not-imported",
        { } v => v.ToString().ToLowerInvariant(),
    };
}
