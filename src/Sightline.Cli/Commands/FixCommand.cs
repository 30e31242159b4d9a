using System.CommandLine;
using Sightline.Engine.Remediation;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>`sightline fix &lt;ID&gt;`: the plan's manifest edits as unified diffs; with --apply, one commit per repository on a fix branch.</summary>
internal static class FixCommand
{
    private static PullRequestHost? Host(string? open, string? tokenEnv, string? apiBase, bool push)
    {
        if (open is null)
        {
            return null;
        }

        if (tokenEnv is null)
        {
            throw new UsageException("--open needs --token-env VARIABLE (the environment variable holding the token)");
        }

        return Environment.GetEnvironmentVariable(tokenEnv) is { Length: > 0 } token
            ? new PullRequestHost(open, token, apiBase, push)
            : throw new UsageException($"environment variable {tokenEnv} is not set");
    }

    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Advisory id or any alias" };
        var strategy = new Option<string?>("--strategy") { Description = "releases or overrides (default: the plan's recommendation)" };
        strategy.AcceptOnlyFromAmong("releases", "overrides");
        var apply = new Option<bool>("--apply") { Description = "Create branch sightline/fix-<id> in each git repository, commit the edits (lockfiles refreshed when the tool is installed), record every step" };
        var noLockfiles = new Option<bool>("--no-lockfile-refresh") { Description = "With --apply: do not run the ecosystems' tools; the commit message lists the lockfile refreshes needed" };
        var open = new Option<string?>("--open") { Description = "With --apply: open a pull request (github) or merge request (gitlab) per committed repository; needs --token-env" };
        open.AcceptOnlyFromAmong("github", "gitlab");
        var tokenEnv = new Option<string?>("--token-env") { Description = "The environment variable holding the GitHub or GitLab token (never the token itself)", HelpName = "variable" };
        var apiBase = new Option<string?>("--api-base") { Description = "The API base URL (GitHub Enterprise, self-hosted GitLab)", HelpName = "url" };
        var push = new Option<bool>("--push") { Description = "With --open: push the fix branch to the repository's origin first" };
        var command = new Command("fix", "The changes that fix an advisory, per repository: minimal manifest edits as unified diffs; --apply commits them on a branch in each repository")
        {
            id, strategy, apply, noLockfiles, open, tokenEnv, apiBase, push,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            var plan = await PlanCommand.BuildAsync(store, parse.GetValue(id)!, null, [], registry: false, cancellationToken);
            var chosen = parse.GetValue(strategy) switch
            {
                "overrides" => plan.Overrides ?? throw new UsageException("this plan has no override shortcut: every affected repository declares the package itself or reaches it through no internal library"),
                "releases" => plan.Releases,
                _ => plan.Recommended,
            };
            var locations = store.ListRepositories().ToDictionary(r => r.Name, r => r.Location, StringComparer.Ordinal);
            var fixes = FixPreparer.Prepare(chosen, locations);
            IReadOnlyList<FixOutcome>? outcomes = null;
            if (parse.GetValue(apply))
            {
                var host = Host(parse.GetValue(open), parse.GetValue(tokenEnv), parse.GetValue(apiBase), parse.GetValue(push));
                var git = new Fleet.Git.GitCli();
                outcomes = new FixApplier(git, parse.GetValue(noLockfiles) ? new NoToolRunner() : new ProcessToolRunner(), store, CommandContext.Actor).Apply(plan, chosen, fixes);
                using var sender = new Notify.NoticeSender();
                var folder = Path.Combine(CommandContext.StoreFolder(parse), "pull-requests", plan.AdvisoryId);
                outcomes = await new PullRequestOpener(store, Engine.Context.FleetContext.Load(store), git, sender, CommandContext.Actor)
                    .RunAsync(plan, fixes, outcomes, folder, host, cancellationToken);
            }
            if (renderer.IsJson)
            {
                renderer.Json(new { plan.AdvisoryId, Strategy = chosen.Name, Repositories = fixes.Select(f => new { f.Repository, Files = f.Files.Select(x => new { x.File, x.Changes, x.Steps, x.LockfileCommand, x.Diff }), f.Later, f.Refused }), Outcomes = outcomes });
                return ExitCodes.Ok;
            }

            renderer.Line($"[bold]Changes for {Markup.Escape(plan.AdvisoryId)}[/] (strategy {chosen.Name})");
            foreach (var fix in fixes)
            {
                renderer.Line($"\n[bold]{Markup.Escape(fix.Repository)}[/]");
                foreach (var file in fix.Files)
                {
                    renderer.Text(file.Diff);
                    if (file.LockfileCommand is { } lockfile)
                    {
                        renderer.Line($"  [dim]then: {Markup.Escape(string.Join(' ', lockfile))}[/]");
                    }
                }

                foreach (var later in fix.Later)
                {
                    renderer.Line($"  [grey]later:[/] {Markup.Escape(later)}");
                }

                foreach (var refused in fix.Refused)
                {
                    renderer.Line($"  [yellow]left alone:[/] {Markup.Escape(refused)}");
                }
            }

            if (outcomes is not null)
            {
                var table = new Table().Border(TableBorder.Simple).AddColumns("Repository", "Outcome", "Branch", "Commit", "Pull request", "Notes");
                foreach (var o in outcomes)
                {
                    var status = o.Status switch { FixStatus.Committed => "[green]committed[/]", FixStatus.NothingToDo => "[grey]nothing to do[/]", FixStatus.Failed => "[red]failed[/]", _ => "[yellow]left alone[/]" };
                    table.AddRow(Markup.Escape(o.Repository), $"{status}: {Markup.Escape(o.Detail)}", Markup.Escape(o.Branch ?? "-"), Markup.Escape(o.Commit?[..Math.Min(12, o.Commit.Length)] ?? "-"),
                        Markup.Escape(o.PullRequest ?? "-"), Markup.Escape(string.Join("\n", o.Notes ?? [])));
                }

                renderer.Write(table);
            }

            return outcomes?.Any(o => o.Status == FixStatus.Failed) == true ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
