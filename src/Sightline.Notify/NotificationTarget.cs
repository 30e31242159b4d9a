namespace Sightline.Notify;

/// <summary>
/// Where a notice goes. The endpoint and the token are secrets — a Slack or Teams webhook address
/// is itself a credential — so they are internal and never appear in <see cref="ToString"/>, in
/// exception messages or in a <see cref="DeliveryResult"/>. For GitHub the endpoint is
/// https://api.github.com/repos/OWNER/REPO/issues; for GitLab {base}/api/v4/projects/ID/issues.
/// </summary>
public sealed class NotificationTarget
{
    /// <exception cref="ArgumentException">
    /// A blank name; a Markdown target without a folder; another format without an absolute http(s)
    /// endpoint; a GitHub or GitLab target without a token; a token with control characters. Messages
    /// never quote the endpoint or the token.
    /// </exception>
    public NotificationTarget(string name, NoticeFormat format, Uri? endpoint = null, string? token = null, string? folder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "unknown notice format");
        }

        if (format == NoticeFormat.Markdown)
        {
            if (string.IsNullOrWhiteSpace(folder))
            {
                throw new ArgumentException("a Markdown target needs a folder", nameof(folder));
            }
        }
        else if (endpoint is null || !endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"a {format} target needs an absolute http or https endpoint", nameof(endpoint));
        }

        if (format is NoticeFormat.GitHubIssue or NoticeFormat.GitLabIssue && string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException($"a {format} target needs a token", nameof(token));
        }

        if (token is not null && token.Any(char.IsControl))
        {
            throw new ArgumentException("the token contains control characters", nameof(token));
        }

        Name = name;
        Format = format;
        Endpoint = format == NoticeFormat.Markdown ? null : endpoint;
        Token = string.IsNullOrEmpty(token) ? null : token.Trim();
        Folder = format == NoticeFormat.Markdown ? folder : null;
    }

    public string Name { get; }

    public NoticeFormat Format { get; }

    /// <summary>The folder Markdown notices are written to; null for the other formats.</summary>
    public string? Folder { get; }

    /// <summary>Secret: the webhook or API address.</summary>
    internal Uri? Endpoint { get; }

    /// <summary>Secret: sent as a bearer token (GitHub) or PRIVATE-TOKEN (GitLab).</summary>
    internal string? Token { get; }

    /// <summary>Name and format only.</summary>
    public override string ToString() => $"{Name} ({Format})";
}
