using System.Text;
using Sightline.Notify.Rendering;

namespace Sightline.Notify;

/// <summary>Renders a notice as a title, a Markdown body, or the payload of one of the six formats.</summary>
public static class NoticeRenderer
{
    /// <summary>One line, at most 255 characters: "[critical] CVE-2021-44228 (GHSA-…) affects 2 repositories of team-payments — reachable in production".</summary>
    public static string Title(Notice notice) => NoticeTitle.Of(notice);

    /// <summary>The human body (GitHub-flavoured Markdown) used by the Markdown, GitHub and GitLab formats.</summary>
    public static string Markdown(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return MarkdownBody.Write(notice, notice.Findings.Count);
    }

    /// <summary>The UTF-8 payload for <paramref name="format"/>: JSON for every format but Markdown.</summary>
    public static byte[] Render(Notice notice, NoticeFormat format)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return format switch
        {
            NoticeFormat.Json => JsonPayload.Write(notice),
            NoticeFormat.Slack => SlackPayload.Write(notice),
            NoticeFormat.Teams => TeamsPayload.Write(notice),
            NoticeFormat.GitHubIssue => IssuePayload.GitHub(notice),
            NoticeFormat.GitLabIssue => IssuePayload.GitLab(notice),
            NoticeFormat.Markdown => Encoding.UTF8.GetBytes(Markdown(notice)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown notice format"),
        };
    }
}
