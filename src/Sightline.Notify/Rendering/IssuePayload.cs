namespace Sightline.Notify.Rendering;

/// <summary>Create-issue request bodies for GitHub and GitLab: the title, the Markdown body, labels.</summary>
internal static class IssuePayload
{
    /// <summary>GitHub refuses an issue body over 65,536 characters.</summary>
    public const int GitHubMaxBody = 65_536;

    /// <summary>GitLab's limit on an issue description.</summary>
    public const int GitLabMaxBody = 1_048_576;

    public static IReadOnlyList<string> Labels(Notice notice) => ["security", "sightline", Label(notice)];

    /// <summary><c>{ "title", "body", "labels": [...] }</c> for POST /repos/OWNER/REPO/issues.</summary>
    public static byte[] GitHub(Notice notice) => JsonPayload.Utf8(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("title", NoticeTitle.Of(notice));
        writer.WriteString("body", MarkdownBody.Fit(notice, GitHubMaxBody));
        JsonPayload.WriteStrings(writer, "labels", Labels(notice));
        writer.WriteEndObject();
    });

    /// <summary><c>{ "title", "description", "labels": "a,b,c" }</c> for POST /api/v4/projects/ID/issues.</summary>
    public static byte[] GitLab(Notice notice) => JsonPayload.Utf8(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("title", NoticeTitle.Of(notice));
        writer.WriteString("description", MarkdownBody.Fit(notice, GitLabMaxBody));
        writer.WriteString("labels", string.Join(',', Labels(notice)));
        writer.WriteEndObject();
    });

    /// <summary>The severity band as a label: GitLab splits labels on commas, so none may hold one.</summary>
    private static string Label(Notice notice) => NoticeText.Band(notice.Advisory).Replace(',', ' ');
}
