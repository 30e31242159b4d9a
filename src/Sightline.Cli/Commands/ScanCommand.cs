using System.CommandLine;
using Sightline.Advisories.Severity;
using Sightline.Core.Extraction;
using Sightline.Engine.Gate;
using Sightline.Engine.Indexing;
using Sightline.Engine.Matching;
using Sightline.Fleet.Git;
using Sightline.Store.Findings;

namespace Sightline.Cli.Commands;

internal static partial class ScanCommand
{
    public static Command Create(CommandContext context)
    {
        var path = new Argument<string?>("path") { Description = "A repository or folder of repositories to index and scan; without it, the whole indexed fleet", Arity = ArgumentArity.ZeroOrOne };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when a finding has this severity or worse: low, medium, high, critical", HelpName = "band" };
        var failOnCvss = new Option<double?>("--fail-on-cvss") { Description = "Exit 1 when a finding's CVSS score is at least this", HelpName = "score" };
        var ignoreDev = new Option<bool>("--ignore-dev") { Description = "Leave dev and test dependencies out of the report and the gate" };
        var ignoreFile = new Option<string?>("--ignore-file") { Description = $"Accepted findings, each with a reason and an expiry [default: {IgnoreFile.DefaultName} in the scanned path or the working folder]", HelpName = "file" };
        var asRepo = new Option<string?>("--as-repo") { Description = "Index the path as one repository with this name", HelpName = "name" };
        var command = new Command("scan", "CI gate: match every advisory against the dependency graphs; exit 1 when a finding is at or over --fail-on / --fail-on-cvss")
        {
            path, failOn, failOnCvss, ignoreDev, ignoreFile, asRepo,
        };
        var extractors = new ExtractorOptions();
        extractors.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var policy = Policy(parse.GetValue(failOn), parse.GetValue(failOnCvss), parse.GetValue(ignoreDev));
            using var renderer = context.CreateRenderer(parse, "markdown", "sarif");
            using var store = CommandContext.OpenStore(parse);
            var target = parse.GetValue(path);
            var scope = FindingScope.All;
            var problems = 0;
            if (target is not null)
            {
                var report = await new FleetIndexer(store, extractors.Create(parse), new GitCli(), extractors.Analysers(parse))
                    .IndexAsync([target], new IndexOptions { AsRepository = parse.GetValue(asRepo) }, null, ct);
                foreach (var line in report.PathErrors.Concat(report.Repositories.SelectMany(r => r.Problems.Select(p => $"[{r.Name}] {p}"))))
                {
                    await context.Error.WriteLineAsync("error: " + line);
                }

                problems = report.ProblemCount;
                scope = FindingScope.ForRepositories(store.RepositoryIds(report.Repositories.Select(r => r.Name)));
            }

            if (store.AdvisoryCount() == 0)
            {
                await context.Error.WriteLineAsync("warning: no advisories imported; run `sightline advisories import <path>` first");
            }

            new FleetMatcher(store).Match(scope);
            var ignores = LoadIgnores(parse.GetValue(ignoreFile), target);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var expired in ignores.Entries.Where(e => e.IsExpired(today)))
            {
                await context.Error.WriteLineAsync($"warning: ignore entry for {expired.Id} (line {expired.Line}) expired on {expired.Expires:yyyy-MM-dd}: its findings show again");
            }

            var findings = new FindingReader(store).Read(store.QueryFindings(scope), maxPaths: 0)
                .Where(policy.InScope)
                .Select(f => ignores.Match(f, today) is { } entry ? f with { IgnoredBecause = entry.Reason } : f)
                .OrderByDescending(f => f.SeverityScore ?? -1).ThenBy(f => f.Repository, StringComparer.Ordinal).ToList();
            if (renderer.Format == "sarif" && findings.Count > 0)
            {
                // SARIF carries the reachability trace as a code flow, so code scanning shows the path.
                var advisories = findings.Select(f => f.AdvisoryId).Distinct().SelectMany(store.FindAdvisories).DistinctBy(a => a.Id).ToList();
                using var analyzer = new Engine.Reachability.ReachabilityAnalyzer(store, new GitCli());
                findings = [.. new Engine.Reachability.ReachabilityEnricher(analyzer).Enrich(findings, advisories)];
            }

            var tripped = findings.Where(policy.Trips).ToList();
            Render(renderer, findings, tripped, policy);
            return problems > 0 ? ExitCodes.BadInput : tripped.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static GatePolicy Policy(string? band, double? score, bool ignoreDev)
    {
        try
        {
            var parsed = band is null ? null : SeverityBands.Parse(band).ToString().ToLowerInvariant();
            return score is < 0 or > 10
                ? throw new UsageException("--fail-on-cvss takes a score from 0.0 to 10.0")
                : new GatePolicy(parsed, score, ignoreDev);
        }
        catch (FormatException ex)
        {
            throw new UsageException("--fail-on: " + ex.Message, ex);
        }
    }

    private static IgnoreFile LoadIgnores(string? given, string? target)
    {
        var path = given ?? new[] { target is null ? null : Path.Combine(target, IgnoreFile.DefaultName), IgnoreFile.DefaultName }
            .FirstOrDefault(p => p is not null && File.Exists(p));
        if (path is null)
        {
            return IgnoreFile.Empty;
        }

        try
        {
            return IgnoreFile.Load(path);
        }
        catch (ManifestFormatException ex)
        {
            throw new UsageException($"{path}:{ex.Line}:{ex.Column}: {ex.Message}", ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException($"{path}: no such ignore file", ex);
        }
    }
}
