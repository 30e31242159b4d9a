using System.Text.Json;
using Sightline.Fleet.Git;
using Sightline.Store;

namespace Sightline.Engine.Remediation;

/// <summary>
/// Applies prepared fixes: in each git repository with a clean work tree on a branch, creates
/// <c>sightline/fix-&lt;id&gt;</c>, writes the edits, refreshes lockfiles with the ecosystem's tool when it is
/// installed, commits with a message naming the advisory, the versions and the plan steps, and returns to
/// the branch it was on. Every step is appended to the fix record. Anything else is left alone and said.
/// </summary>
public sealed class FixApplier(IGitClient git, IToolRunner tools, SightlineStore store, string actor)
{
    public static string BranchFor(string advisoryId) => "sightline/fix-" + new string([.. advisoryId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]);

    public IReadOnlyList<FixOutcome> Apply(RemediationPlan plan, PlanStrategy strategy, IReadOnlyList<RepositoryFix> fixes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(fixes);
        RecordPlanned(plan, strategy);
        return [.. fixes.Select(f => ApplyOne(plan, f))];
    }

    private FixOutcome ApplyOne(RemediationPlan plan, RepositoryFix fix)
    {
        if (fix.Files.Count == 0)
        {
            return new FixOutcome(fix.Repository, FixStatus.NothingToDo, fix.Refused.Count > 0 ? string.Join("; ", fix.Refused) : "nothing to change now", Notes: fix.Later);
        }

        var head = git.ReadHead(fix.Location);
        var refusal = head switch
        {
            null => "not a git repository (or no commit yet): left alone",
            { Dirty: true } => "uncommitted changes in the work tree: left alone",
            { Branch: null } => "detached HEAD: left alone",
            _ => null,
        };
        var branch = BranchFor(plan.AdvisoryId);
        if (refusal is null && !git.CreateBranch(fix.Location, branch))
        {
            refusal = $"cannot create branch {branch} (it exists already?): left alone";
        }

        if (refusal is not null)
        {
            Record(plan, fix, FixSteps.Skipped, new { reason = refusal });
            return new FixOutcome(fix.Repository, FixStatus.LeftAlone, refusal);
        }

        Record(plan, fix, FixSteps.BranchCreated, new { branch, from = head!.Branch, at = head.Commit });
        var notes = new List<string>(fix.Refused);
        var written = new List<string>();
        foreach (var file in fix.Files)
        {
            File.WriteAllText(Path.Combine(fix.Location, file.File), file.After, FixPreparer.Utf8);
            written.Add(file.File);
            written.AddRange(RefreshLockfile(fix.Location, file, notes));
        }

        var commit = git.Commit(fix.Location, [.. written.Distinct()], Message(plan, fix, notes));
        git.Checkout(fix.Location, head.Branch!);
        if (commit is null)
        {
            return new FixOutcome(fix.Repository, FixStatus.Failed, $"git refused the commit on {branch}", branch, Notes: notes);
        }

        Record(plan, fix, FixSteps.Committed, new { branch, commit, files = written.Distinct() });
        return new FixOutcome(fix.Repository, FixStatus.Committed, $"committed on {branch}", branch, commit, [.. notes, .. fix.Later]) { BaseBranch = head.Branch };
    }

    private IEnumerable<string> RefreshLockfile(string location, FileChange file, List<string> notes)
    {
        if (file.LockfileCommand is not { Count: > 0 } command)
        {
            return [];
        }

        var folder = Path.GetDirectoryName(Path.Combine(location, file.File))!;
        var shown = string.Join(' ', command);
        var before = Snapshot(folder);
        switch (tools.Run(folder, command, TimeSpan.FromMinutes(5)))
        {
            case null:
                var where = Path.GetDirectoryName(file.File) is { Length: > 0 } d ? d : "the repository root";
                notes.Add($"lockfile refresh needed: {shown} (in {where}; {command[0]} is not installed here)");
                return [];
            case { Succeeded: false } failed:
                notes.Add($"lockfile refresh needed: {shown} failed: {failed.Output}");
                return [];
            default:
                notes.Add($"lockfile refreshed: {shown}");
                return Snapshot(folder).Where(f => !before.TryGetValue(f.Key, out var time) || time != f.Value)
                    .Select(f => Path.GetRelativePath(location, f.Key).Replace('\\', '/'));
        }
    }

    private static Dictionary<string, DateTime> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static string Message(RemediationPlan plan, RepositoryFix fix, IReadOnlyList<string> notes)
    {
        var changes = fix.Files.SelectMany(f => f.Changes).Distinct().ToList();
        var lines = new List<string> { $"Fix {plan.AdvisoryId}: {string.Join("; ", changes.Take(3))}{(changes.Count > 3 ? "; ..." : string.Empty)}", string.Empty, "Sightline remediation plan steps:" };
        lines.AddRange(fix.Files.SelectMany(f => f.Steps).Distinct().Select(s => "- " + s));
        lines.AddRange(notes.Select(n => "Note: " + n));
        return string.Join('\n', lines);
    }

    private void RecordPlanned(RemediationPlan plan, PlanStrategy strategy)
    {
        var recorded = store.LoadFixEvents(plan.AdvisoryId).Where(e => e.Step == FixSteps.Planned).Select(e => e.PlanStep).ToHashSet(StringComparer.Ordinal);
        foreach (var step in strategy.Steps.Where(s => !recorded.Contains(s.Id)))
        {
            store.AppendFixEvent(plan.AdvisoryId, step.Repository, FixSteps.Planned, actor,
                JsonSerializer.Serialize(new { strategy = strategy.Name, step.Description, step.From, step.To }), step.Id);
        }
    }

    private void Record(RemediationPlan plan, RepositoryFix fix, string step, object evidence) =>
        store.AppendFixEvent(plan.AdvisoryId, fix.Repository, step, actor, JsonSerializer.Serialize(evidence), string.Join(",", fix.StepIds));
}
