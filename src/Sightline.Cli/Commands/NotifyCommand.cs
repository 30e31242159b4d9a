using System.CommandLine;
using Sightline.Engine.Notifications;
using Sightline.Fleet.Config;
using Sightline.Notify;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>
/// `sightline notify &lt;ID&gt;`: one message per owning team, with the advisory, verdicts, traces, services
/// and environments; delivered with retries and recorded so the same finding is not sent twice.
/// </summary>
internal static class NotifyCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Advisory id or any alias" };
        var env = new Option<string?>("--env") { Description = "Only findings in repositories running in this environment", HelpName = "name" };
        var owner = new Option<string?>("--owner") { Description = "Only this team's findings", HelpName = "team" };
        var target = new Option<string?>("--target") { Description = "Send every team's message to this configured target (sightline.yaml notify.targets)", HelpName = "name" };
        var via = new Option<string?>("--via") { Description = "Send every team's message this way instead of the configured routes: webhook, slack, teams, github, gitlab, markdown" };
        via.AcceptOnlyFromAmong([.. NotificationRouter.Formats.Keys]);
        var urlEnv = new Option<string?>("--url-env") { Description = "With --via webhook/slack/teams: the environment variable holding the webhook URL (never the URL itself)", HelpName = "variable" };
        var tokenEnv = new Option<string?>("--token-env") { Description = "With --via github/gitlab: the environment variable holding the token", HelpName = "variable" };
        var repository = new Option<string?>("--repository") { Description = "With --via github: owner/name of the repository to open the issue in; with gitlab: the project id or path", HelpName = "name" };
        var apiBase = new Option<string?>("--api-base") { Description = "With --via github/gitlab: the API base URL (GitHub Enterprise, self-hosted GitLab)", HelpName = "url" };
        var outDir = new Option<string?>("--out") { Description = "With --via markdown: the folder to write one file per team into", HelpName = "folder" };
        var config = new Option<string?>("--config") { Description = "A sightline.yaml with notify targets and team routes, on top of those indexed from the fleet", HelpName = "file" };
        var resend = new Option<bool>("--resend") { Description = "Send findings already delivered to the team again" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be sent to whom; send and record nothing" };
        var history = new Option<bool>("--history") { Description = "Show what was sent for this advisory: who, when, to whom, which findings, the outcome; send nothing" };
        var command = new Command("notify", "Flag an advisory's findings to the owning teams: one message per team, to a webhook (JSON, Slack, Teams), a GitHub or GitLab issue, or Markdown files; every message recorded")
        {
            id, env, owner, target, via, urlEnv, tokenEnv, repository, apiBase, outDir, config, resend, dryRun, history,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            if (parse.GetValue(history))
            {
                var known = store.FindAdvisories(parse.GetValue(id)!);
                RenderHistory(renderer, store.LoadNotifications(known.Count > 0 ? [.. known.Select(a => a.Id)] : [parse.GetValue(id)!]));
                return ExitCodes.Ok;
            }

            var (_, advisories, findings, fleet, _) = ExposureCommand.Collect(store, parse.GetValue(id), null, 5, parse.GetValue(env), parse.GetValue(owner));
            var configs = fleet.Configs.Select(c => c.Config).ToList();
            if (parse.GetValue(config) is { } file)
            {
                configs.Add(ReadConfig(file));
            }

            var adHoc = parse.GetValue(via) is { } kind
                ? new NotifyTargetConfig(kind, kind, null, parse.GetValue(urlEnv), parse.GetValue(tokenEnv),
                    kind == "github" ? parse.GetValue(repository) : null, kind == "gitlab" ? parse.GetValue(repository) : null, parse.GetValue(outDir), parse.GetValue(apiBase))
                : null;
            var router = new NotificationRouter(configs, adHoc, Environment.GetEnvironmentVariable);
            if (adHoc is null && parse.GetValue(target) is { } name)
            {
                router = router.Only(name);
            }

            var notices = advisories.SelectMany(a => NoticeBuilder.Build(a, findings.Where(f => f.AdvisoryId == a.Id))).ToList();
            if (notices.Count > 0)
            {
                // Each team's notice carries the plan: the recommendation and that team's own steps.
                var plan = await PlanCommand.BuildAsync(store, parse.GetValue(id)!, null, [], registry: false, cancellationToken);
                notices = [.. notices.Select(n => n.Advisory.Id == plan.AdvisoryId
                    ? n with { Plan = Engine.Remediation.PlanSummary.For(plan, [.. n.Findings.Select(f => f.Repository).Distinct()]) }
                    : n)];
            }

            using var sender = new NoticeSender();
            var outcomes = await new Notifier(store, router, sender, CommandContext.Actor).SendAsync(notices, parse.GetValue(resend), parse.GetValue(dryRun), cancellationToken);
            Render(renderer, outcomes, notices.Count == 0);
            return outcomes.Any(o => o.Status is NotifyStatus.Failed or NotifyStatus.NoTarget) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static SightlineConfig ReadConfig(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var (parsed, problems) = SightlineConfig.Parse(stream, file);
            if (problems.Count > 0)
            {
                throw new UsageException(string.Join("; ", problems.Select(p => $"{file}{(p.Line is { } line ? $":{line}" : string.Empty)}: {p.Message}")));
            }

            return parsed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot read: {ex.Message}");
        }
    }

    private static void RenderHistory(Output.Renderer renderer, IReadOnlyList<Store.NotificationRecord> records)
    {
        if (renderer.IsJson)
        {
            renderer.Json(records);
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Sent at", "By", "Team", "Target", "Finding", "Outcome", "Where");
        foreach (var r in records)
        {
            table.AddRow(r.SentAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(r.SentBy), Markup.Escape(r.Team), Markup.Escape($"{r.Target} ({r.Format})"),
                Markup.Escape(r.FindingKey), (r.Delivered ? "[green]delivered[/]" : "[red]failed[/]") + $" after {r.Attempts}: {Markup.Escape(r.Outcome)}", Markup.Escape(r.Location ?? "-"));
        }

        renderer.Write(table);
        renderer.Line($"{records.Count} record(s).");
    }

    private static void Render(Output.Renderer renderer, IReadOnlyList<NotifyOutcome> outcomes, bool nothing)
    {
        if (renderer.IsJson)
        {
            renderer.Json(outcomes);
            return;
        }

        if (nothing)
        {
            renderer.Line("No finding to notify.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Team", "Target", "Findings", "Outcome", "Where");
        foreach (var o in outcomes)
        {
            var status = o.Status switch
            {
                NotifyStatus.Delivered => "[green]delivered[/]",
                NotifyStatus.Failed => "[red]failed[/]",
                NotifyStatus.DryRun => "[grey]dry run[/]",
                NotifyStatus.AlreadySent => "[grey]already sent[/]",
                _ => "[yellow]not sent[/]",
            };
            var count = o.Findings + (o.AlreadySent > 0 ? $" (+{o.AlreadySent} already sent)" : string.Empty);
            table.AddRow(Markup.Escape(o.Team), Markup.Escape(o.Target ?? "-"), count, $"{status}: {Markup.Escape(o.Detail)}", Markup.Escape(o.Location ?? "-"));
        }

        renderer.Write(table);
    }
}
