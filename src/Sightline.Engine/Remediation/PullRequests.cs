using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Notify;

namespace Sightline.Engine.Remediation;

/// <summary>
/// Pull request (GitHub) and merge request (GitLab) payloads for a committed fix, and where to send them.
/// The payloads are always written next to the store; they are sent only when a token is configured.
/// </summary>
public static class PullRequests
{
    public static string Title(RemediationPlan plan, RepositoryFix fix)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fix);
        var changes = fix.Files.SelectMany(f => f.Changes).Distinct().ToList();
        var title = $"Fix {plan.AdvisoryId}: {string.Join("; ", changes.Take(2))}{(changes.Count > 2 ? "; ..." : string.Empty)}";
        return title.Length > 250 ? title[..250] + "…" : title;
    }

    public static string Body(RemediationPlan plan, RepositoryFix fix, FixOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(outcome);
        var lines = new List<string> { $"Sightline fixes **{plan.AdvisoryId}** in this repository.", string.Empty, "## Changes" };
        lines.AddRange(fix.Files.SelectMany(f => f.Changes.Select(c => $"- `{f.File}`: {c}")));
        lines.Add(string.Empty);
        lines.Add("## Plan steps");
        lines.AddRange(fix.StepIds.Select(s => $"- `{s}`"));
        if (outcome.Notes is { Count: > 0 } notes)
        {
            lines.Add(string.Empty);
            lines.Add("## Notes");
            lines.AddRange(notes.Select(n => "- " + n));
        }

        return string.Join('\n', lines);
    }

    public static byte[] GitHub(string title, string body, string branch, string baseBranch) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["title"] = title, ["head"] = branch, ["base"] = baseBranch, ["body"] = body, ["maintainer_can_modify"] = true });

    public static byte[] GitLab(string title, string body, string branch, string baseBranch) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["source_branch"] = branch, ["target_branch"] = baseBranch, ["title"] = title, ["description"] = body, ["remove_source_branch"] = true });

    /// <summary>The API endpoint for a repository slug ("acme/billing-service"), with the format whose headers and response it uses.</summary>
    public static NotificationTarget Target(string host, string slug, string token, string? apiBase) => host switch
    {
        "github" => new NotificationTarget("github", NoticeFormat.GitHubIssue, new Uri($"{(apiBase ?? "https://api.github.com").TrimEnd('/')}/repos/{slug}/pulls"), token),
        "gitlab" => new NotificationTarget("gitlab", NoticeFormat.GitLabIssue, new Uri($"{(apiBase ?? "https://gitlab.com").TrimEnd('/')}/api/v4/projects/{Uri.EscapeDataString(slug)}/merge_requests"), token),
        _ => throw new ArgumentException($"unknown host kind '{host}' (github, gitlab)", nameof(host)),
    };
}
