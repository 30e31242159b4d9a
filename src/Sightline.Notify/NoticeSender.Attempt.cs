using System.Net.Http.Headers;
using Sightline.Notify.Delivery;

namespace Sightline.Notify;

public sealed partial class NoticeSender
{
    internal enum AttemptKind
    {
        Delivered,
        /// <summary>A 4xx other than 408 and 429 (or a redirect): trying again would get the same answer.</summary>
        Rejected,
        Retry,
    }

    internal sealed record Attempt(AttemptKind Kind, string Outcome, string? Location = null, TimeSpan? RetryAfter = null);

    private async Task<Attempt> AttemptAsync(byte[] payload, NotificationTarget target, CancellationToken cancellationToken)
    {
        using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeout = policy.AttemptTimeout > TimeSpan.Zero ? policy.AttemptTimeout : System.Threading.Timeout.InfiniteTimeSpan;
        attemptCancellation.CancelAfter(timeout);
        try
        {
            using var request = Request(payload, target);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptCancellation.Token);
            var status = (int)response.StatusCode;
            var text = Failures.Status(status);
            if (status is >= 200 and < 300)
            {
                // Only the issue APIs answer with something we need; other bodies are left unread.
                if (IssueLocation.Property(target.Format) is not { } property)
                {
                    return new Attempt(AttemptKind.Delivered, "delivered: " + text);
                }

                var (body, truncated) = await BoundedBody.ReadAsync(response.Content, MaxResponseBytes, attemptCancellation.Token);
                return truncated
                    ? new Attempt(AttemptKind.Delivered, "delivered: " + text + "; response over 1 MB not read")
                    : new Attempt(AttemptKind.Delivered, "delivered: " + text, IssueLocation.From(property, body));
            }

            return status is 408 or 429 or >= 500
                ? new Attempt(AttemptKind.Retry, text, RetryAfter: RetryAfter(response.Headers.RetryAfter))
                : new Attempt(AttemptKind.Rejected, "rejected: " + text);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The attempt's own timeout (or the caller's HttpClient.Timeout), not the caller's cancellation.
            return new Attempt(AttemptKind.Retry, Failures.Timeout(http.Timeout > TimeSpan.Zero && http.Timeout < timeout ? http.Timeout : timeout));
        }
        catch (OperationCanceledException)
        {
            // A fresh exception: nothing of the request travels with it.
            throw new OperationCanceledException("the delivery was cancelled", cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new Attempt(AttemptKind.Retry, Failures.Network(ex));
        }
        catch (IOException)
        {
            return new Attempt(AttemptKind.Retry, "connection lost while reading the response");
        }
    }

    private static HttpRequestMessage Request(byte[] payload, NotificationTarget target)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target.Endpoint) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("User-Agent", "sightline");
        switch (target.Format)
        {
            case NoticeFormat.GitHubIssue:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
                request.Headers.TryAddWithoutValidation("Accept", "application/vnd.github+json");
                request.Headers.TryAddWithoutValidation("X-GitHub-Api-Version", "2022-11-28");
                break;
            case NoticeFormat.GitLabIssue:
                request.Headers.TryAddWithoutValidation("PRIVATE-TOKEN", target.Token);
                break;
            default:
                break;
        }

        return request;
    }

    /// <summary>Retry-After as seconds or as a date; a date in the past means now.</summary>
    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
