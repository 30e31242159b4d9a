using System.Text.Json;

namespace Sightline.Notify.Delivery;

/// <summary>The created issue's page from the API's response: GitHub's <c>html_url</c>, GitLab's <c>web_url</c>.</summary>
internal static class IssueLocation
{
    public static string? Property(NoticeFormat format) => format switch
    {
        NoticeFormat.GitHubIssue => "html_url",
        NoticeFormat.GitLabIssue => "web_url",
        _ => null,
    };

    /// <summary>The address when the body is a JSON object holding an absolute http(s) one; null otherwise.</summary>
    public static string? From(string property, byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty(property, out var url) && url.ValueKind == JsonValueKind.String
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? url.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
