namespace Sightline.Notify;

/// <summary>The advisory a notice is about. <see cref="SeverityBand"/>: none, low, medium, high, critical, unknown (any case).</summary>
public sealed record NoticeAdvisory(string Id, IReadOnlyList<string> Aliases, string? Summary, string SeverityBand, double? Score, string? Url);

/// <summary>A deployed service a finding's repository runs as, with the environments it is deployed to.</summary>
public sealed record NoticeService(string Name, IReadOnlyList<string> Environments, bool Production);

/// <summary>
/// One vulnerable package in one manifest of one repository. <see cref="Verdict"/> is the reachability
/// verdict as the engine words it (reachable, called, imported, not-imported, unknown); <see cref="Trace"/>
/// frames and the dependency <see cref="Path"/> are shown as given.
/// </summary>
public sealed record NoticeFinding(string Key, string Repository, string Manifest, string Package, string? Version,
    IReadOnlyList<string> FixedVersions, string Verdict, string? VerdictDetail, IReadOnlyList<string> Trace,
    IReadOnlyList<string> Path, IReadOnlyList<NoticeService> Services, IReadOnlyList<string> Owners);

/// <summary>One message: one advisory, one owning team, its findings (most urgent first, as given).</summary>
public sealed record Notice(string Team, NoticeAdvisory Advisory, IReadOnlyList<NoticeFinding> Findings, string? Plan);

/// <summary>What a notice is rendered as, and so how it is delivered.</summary>
public enum NoticeFormat
{
    /// <summary>Sightline's own schema, sightline.notice/v1, POSTed to an endpoint.</summary>
    Json,
    /// <summary>A Slack incoming-webhook message with Block Kit blocks.</summary>
    Slack,
    /// <summary>A Microsoft Teams incoming-webhook message carrying an Adaptive Card.</summary>
    Teams,
    /// <summary>A GitHub issue created through the REST API.</summary>
    GitHubIssue,
    /// <summary>A GitLab issue created through the REST API.</summary>
    GitLabIssue,
    /// <summary>A Markdown file written to a folder.</summary>
    Markdown,
}
