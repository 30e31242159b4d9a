using System.Text.Json;
using Sightline.Engine.Context;
using Sightline.Fleet.Git;
using Sightline.Notify;
using Sightline.Store;

namespace Sightline.Engine.Remediation;

/// <summary>
/// For each committed fix: writes the GitHub and GitLab payloads to a folder; when a host and a token are
/// given, pushes the branch (when asked) and opens the pull or merge request, recording it in the fix record.
/// </summary>
public sealed class PullRequestOpener(SightlineStore store, FleetContext fleet, IGitClient git, NoticeSender sender, string actor)
{
    public async Task<IReadOnlyList<FixOutcome>> RunAsync(RemediationPlan plan, IReadOnlyList<RepositoryFix> fixes, IReadOnlyList<FixOutcome> outcomes,
        string folder, PullRequestHost? host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fixes);
        ArgumentNullException.ThrowIfNull(outcomes);
        var result = new List<FixOutcome>();
        foreach (var outcome in outcomes)
        {
            if (outcome is not { Status: FixStatus.Committed, Branch: { } branch, BaseBranch: { } baseBranch } || fixes.FirstOrDefault(f => f.Repository == outcome.Repository) is not { } fix)
            {
                result.Add(outcome);
                continue;
            }

            var title = PullRequests.Title(plan, fix);
            var body = PullRequests.Body(plan, fix, outcome);
            Directory.CreateDirectory(folder);
            var stem = Path.Combine(folder, string.Concat(outcome.Repository.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-')));
            await File.WriteAllBytesAsync(stem + ".github.json", PullRequests.GitHub(title, body, branch, baseBranch), cancellationToken);
            await File.WriteAllBytesAsync(stem + ".gitlab.json", PullRequests.GitLab(title, body, branch, baseBranch), cancellationToken);
            result.Add(host is null ? outcome with { PullRequest = $"payloads written: {stem}.github.json, .gitlab.json" } : await OpenAsync(plan, fix, outcome, title, body, host, cancellationToken));
        }

        return result;
    }

    private async Task<FixOutcome> OpenAsync(RemediationPlan plan, RepositoryFix fix, FixOutcome outcome, string title, string body, PullRequestHost host, CancellationToken cancellationToken)
    {
        if (fleet.HostSlugOf(fix.Repository) is not { } slug)
        {
            return outcome with { PullRequest = "not opened: no owner/name known (add github.com/project-slug or gitlab.com/project-slug to its catalog-info.yaml)" };
        }

        if (host.Push && !git.Push(fix.Location, "origin", outcome.Branch!))
        {
            return outcome with { PullRequest = $"not opened: git push of {outcome.Branch} to origin failed" };
        }

        var payload = host.Kind == "github" ? PullRequests.GitHub(title, body, outcome.Branch!, outcome.BaseBranch!) : PullRequests.GitLab(title, body, outcome.Branch!, outcome.BaseBranch!);
        var delivery = await sender.PostAsync(payload, PullRequests.Target(host.Kind, slug, host.Token, host.ApiBase), cancellationToken);
        if (!delivery.Delivered)
        {
            return outcome with { PullRequest = $"not opened: {delivery.Outcome}" };
        }

        store.AppendFixEvent(plan.AdvisoryId, fix.Repository, FixSteps.PullRequestOpened, actor,
            JsonSerializer.Serialize(new { host = host.Kind, slug, url = delivery.Location, branch = outcome.Branch }), string.Join(",", fix.StepIds));
        return outcome with { PullRequest = delivery.Location ?? "opened" };
    }
}

/// <summary>Where to open pull requests: github or gitlab, the token (never printed), an API base for self-hosted, and whether to push first.</summary>
public sealed record PullRequestHost(string Kind, string Token, string? ApiBase, bool Push)
{
    public override string ToString() => $"{Kind} ({ApiBase ?? "public"})";
}
