using System.CommandLine;
using Sightline.Engine.Remediation;
using Sightline.Remediation.Registries;
using Sightline.Remediation.Scheduling;

namespace Sightline.Cli.Commands;

/// <summary>`sightline plan &lt;ID&gt;`: the shortest-time plan across internal releases, bumps, overrides and deploys.</summary>
internal static partial class PlanCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Advisory id or any alias" };
        var ciLimit = new Option<int?>("--ci-limit") { Description = "How many CI jobs the fleet runs at once (default: unlimited)", HelpName = "n" };
        var durations = new Option<string[]>("--duration") { Description = "Override a step duration: bump=45m, release=1h, deploy=10m, pin=30m; or repo:kind=duration", HelpName = "kind=duration", AllowMultipleArgumentsPerToken = true };
        var registry = new Option<bool>("--registry") { Description = "Also ask the public registries which versions exist (cached in .sightline/registry-cache); default: only what the fleet and the advisories know" };
        var mermaid = new Option<bool>("--mermaid") { Description = "Print the recommended schedule as a Mermaid Gantt chart" };
        var command = new Command("plan", "The shortest-time remediation plan for an advisory: fix targets, release waves through the internal libraries, overrides as a shortcut, the critical path, when production is safe and when the fleet is clean")
        {
            id, ciLimit, durations, registry, mermaid,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            if (parse.GetValue(ciLimit) is < 1)
            {
                throw new UsageException("--ci-limit must be at least 1");
            }

            var plan = await BuildAsync(store, parse.GetValue(id)!, parse.GetValue(ciLimit), parse.GetValue(durations) ?? [], parse.GetValue(registry), cancellationToken);
            if (parse.GetValue(mermaid))
            {
                renderer.Text(Gantt(plan));
            }
            else if (renderer.IsJson)
            {
                renderer.Json(plan);
            }
            else
            {
                Render(renderer, plan);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The plan with sightline.yaml's plan settings, overridden by the command line's.</summary>
    internal static async Task<RemediationPlan> BuildAsync(Store.SightlineStore store, string asked, int? ciLimit, IReadOnlyList<string> durationOptions, bool registry, CancellationToken cancellationToken)
    {
        var (_, advisories, findings, fleet, _) = ExposureCommand.Collect(store, asked, null, 20, null, null);
        var through = ExposureCommand.ThroughInternalLibraries(store, findings);
        var configured = new List<string>();
        foreach (var (holder, config) in fleet.Configs)
        {
            configured.AddRange(config.Plan.Durations.Select(d => $"{d.Key}={d.Value}"));
            configured.AddRange(config.Plan.RepositoryDurations.SelectMany(r => r.Value.Select(d => $"{r.Key}:{d.Key}={d.Value}")));
            ciLimit ??= config.Plan.CiLimit;
        }

        var durations = ParseDurations([.. configured, .. durationOptions]);
        using var source = registry ? new RegistryVersionSource(RegistryEndpoints.Public, Path.Combine(".sightline", "registry-cache")) : null;
        var builder = new PlanBuilder(store, fleet, durations, source);
        var advisory = advisories.FirstOrDefault(a => findings.Any(f => f.AdvisoryId == a.Id)) ?? advisories[0];
        return await builder.BuildAsync(advisory, findings, through, ciLimit, cancellationToken);
    }

    internal static PlanDurations ParseDurations(IEnumerable<string> values)
    {
        var durations = new PlanDurations();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? value[..equals] : string.Empty;
            var colon = key.LastIndexOf(':');
            var (repository, kindText) = colon > 0 ? (key[..colon], key[(colon + 1)..]) : ((string?)null, key);
            if (!Enum.TryParse<StepKind>(kindText, ignoreCase: true, out var kind) || !PlanDurations.TryParse(value[(equals + 1)..], out var duration))
            {
                throw new UsageException($"--duration {value}: expected kind=duration or repository:kind=duration (kinds: bump, pin, release, deploy; durations like 30m, 1h30m)");
            }

            durations.Set(kind, duration, repository);
        }

        return durations;
    }

    internal static string Gantt(RemediationPlan plan)
    {
        var recommended = plan.Recommended;
        var steps = recommended.Steps.ToDictionary(s => s.Id);
        return GanttChart.Mermaid(recommended.Schedule, $"{plan.AdvisoryId}: {recommended.Name}",
            id => steps.TryGetValue(id, out var s) ? s.Description : id, id => steps.TryGetValue(id, out var s) ? s.Repository : "fleet");
    }
}
