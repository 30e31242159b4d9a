using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Output;
using Sightline.Core.Findings;
using Sightline.Advisories.Osv;
using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Engine.Context;
using Sightline.Engine.Internal;
using Sightline.Engine.Reachability;
using Sightline.Engine.Matching;
using Sightline.Store;
using Sightline.Reports.Markdown;
using Sightline.Store.Findings;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static class ExposureCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string?>("id") { Description = "Advisory id or any alias: GHSA-..., CVE-..., GO-..., PYSEC-...", Arity = ArgumentArity.ZeroOrOne };
        var maxPaths = new Option<int>("--max-paths") { Description = "Dependency paths listed per finding, shortest first", DefaultValueFactory = _ => 20 };
        var pattern = new Option<string?>("--pattern") { Description = "An OSV file (JSON or YAML) describing a vulnerable code pattern: answered without importing it", HelpName = "file" };
        var show = new Option<string?>("--show") { Description = "traces: every frame of each reachable trace, with its source line" };
        show.AcceptOnlyFromAmong("traces");
        var env = new Option<string?>("--env") { Description = "Only repositories with a service running in this environment (production: any production one)", HelpName = "name" };
        var owner = new Option<string?>("--owner") { Description = "Only findings this team owns: @org/team, team or group:team", HelpName = "team" };
        var command = new Command("exposure", "Who is exposed to an advisory: every affected repository, package and version, direct or transitive, scope, every path from the manifest root, fixed versions, severity, and whether the code calls the vulnerable function")
        {
            id, maxPaths, pattern, show, env, owner,
        };
        command.SetAction(parse =>
        {
            using var renderer = context.CreateRenderer(parse, "markdown");
            using var store = CommandContext.OpenStore(parse);
            var (asked, advisories, findings, fleet, filter) = Collect(store, parse.GetValue(id), parse.GetValue(pattern), Math.Max(1, parse.GetValue(maxPaths)), parse.GetValue(env), parse.GetValue(owner));
            var ids = advisories.Select(a => a.Id).ToList();
            var through = filter.Apply(ThroughInternalLibraries(store, findings), fleet);
            var title = $"Exposure to {asked}" + (ids.Count == 1 && ids[0] != asked ? $" ({ids[0]})" : ids.Count > 1 ? $" ({string.Join(", ", ids)})" : string.Empty)
                + filter.Describe();
            switch (renderer.Format)
            {
                case "json":
                    renderer.Json(new { Query = asked, Advisories = advisories.Select(a => new { a.Id, a.Aliases, a.Summary, a.Withdrawn }), Findings = findings, ThroughInternalLibraries = through });
                    break;
                case "markdown":
                    renderer.Text(MarkdownWriter.Write(title, findings));
                    break;
                default:
                    RenderTable(renderer, title, advisories.Any(a => a.Withdrawn is not null), findings);
                    RenderThrough(renderer, through);
                    ExposureTraces.Render(renderer, findings, parse.GetValue(show) == "traces");
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The findings with their reachability verdicts, owners and services, filtered, most urgent first.</summary>
    internal static (string Asked, IReadOnlyList<Advisory> Advisories, IReadOnlyList<Finding> Findings, FleetContext Fleet, ContextFilter Filter) Collect(
        SightlineStore store, string? id, string? pattern, int maxPaths, string? environment, string? owner)
    {
        var (asked, advisories, findings) = Read(store, id, pattern, maxPaths);
        using var analyzer = new ReachabilityAnalyzer(store, new Fleet.Git.GitCli());
        var fleet = FleetContext.Load(store);
        var filter = new ContextFilter(fleet, environment, owner);
        findings = [.. ContextJoin.ByUrgency(filter.Apply(ContextJoin.Attach(new ReachabilityEnricher(analyzer).Enrich(findings, advisories), fleet)))];
        return (asked, advisories, findings, fleet, filter);
    }

    /// <summary>An imported advisory by id or alias, or a pattern file matched without importing it.</summary>
    private static (string Asked, IReadOnlyList<Advisory> Advisories, IReadOnlyList<Finding> Findings) Read(SightlineStore store, string? asked, string? patternFile, int maxPaths)
    {
        if (patternFile is not null)
        {
            if (asked is not null)
            {
                throw new UsageException("give an advisory id or --pattern FILE, not both");
            }

            var advisory = ReadPattern(patternFile);
            var matched = new FleetMatcher(store).Preview(advisory);
            var read = new FindingReader(store).With(advisory).Read(store.DescribeUnstored(matched), maxPaths);
            return (advisory.Id, [advisory], read);
        }

        if (asked is null)
        {
            throw new UsageException("give an advisory id (or --pattern FILE)");
        }

        var advisories = store.FindAdvisories(asked);
        if (advisories.Count == 0)
        {
            throw new UsageException($"unknown advisory '{asked}': no imported advisory has this id or alias (import with `sightline advisories import`)");
        }

        var stored = store.QueryFindings(FindingScope.All, [.. advisories.Select(a => a.Id)]);
        return (asked, advisories, new FindingReader(store).Read(stored, maxPaths));
    }

    private static Advisory ReadPattern(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return SymbolOverlay.BuiltIn.Apply(OsvParser.Parse(stream, Path.GetFileName(file)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot read: {ex.Message}");
        }
        catch (Core.Extraction.ManifestFormatException ex)
        {
            throw new UsageException($"{file}{(ex.Line is { } line ? $":{line}" : string.Empty)}: not a valid OSV document: {ex.Message}");
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new UsageException($"{file}: not a valid OSV document: {ex.Message}");
        }
    }

    /// <summary>
    /// Repositories whose own graph stops at an internal library (Gradle without a lockfile, Go) that
    /// another affected repository builds: exposed through it, said apart from the findings proper.
    /// </summary>
    internal static IReadOnlyList<PackageUse> ThroughInternalLibraries(SightlineStore store, IReadOnlyList<Finding> findings)
    {
        var uses = findings.Where(f => f.Status == "affected")
            .Select(f => new PackageUse(f.Repository, f.Revision, f.Manifest, f.Lockfile, f.Ecosystem, f.Package, f.Version, f.Purl, f.Scope, f.Direct,
                f.Paths.Count > 0 ? f.Paths[0] : [$"{f.Package}@{f.Version}"]))
            .DistinctBy(u => (u.Repository, u.Manifest, u.Name, u.Version))
            .ToList();
        return [.. InternalUses.Expand(store, uses).Where(u => u.Through is not null)];
    }

    private static void RenderThrough(Renderer renderer, IReadOnlyList<PackageUse> through)
    {
        if (through.Count == 0)
        {
            return;
        }

        renderer.Line("[bold]Also exposed through internal libraries[/] (their own graph stops at the library; the path continues in the library's repository):");
        var table = new Table().Border(TableBorder.Simple).AddColumns("Repository", "Manifest", "Package", "Version", "Scope", "Through", "Path");
        foreach (var use in through)
        {
            table.AddRow(Markup.Escape(use.Repository), Markup.Escape(use.Manifest), Markup.Escape(use.Name), Markup.Escape(use.Version ?? "?"), use.Scope,
                Markup.Escape(use.Through!), Markup.Escape(string.Join(" > ", use.Path)));
        }

        renderer.Write(table);
    }

    private static void RenderTable(Renderer renderer, string title, bool withdrawn, IReadOnlyList<Finding> findings)
    {
        renderer.Line($"[bold]{Markup.Escape(title)}[/]" + (withdrawn ? " [yellow](withdrawn: never matches)[/]" : string.Empty));
        if (findings.Count == 0)
        {
            renderer.Line("No indexed repository is affected.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("Repository", "Manifest", "Package", "Version", "Dependency", "Scope", "Severity", "Fixed in", "Code", "Runs in · owners", "Paths (direct dependency to bump in bold)");
        foreach (var f in findings)
        {
            var severity = f.SeverityScore is { } s ? $"{f.SeverityBand} {s.ToString("0.0", CultureInfo.InvariantCulture)}" : f.SeverityBand;
            var paths = string.Join("\n", f.Paths.Select(p => $"[bold]{Markup.Escape(p[0])}[/]" + string.Concat(p.Skip(1).Select(step => " > " + Markup.Escape(step)))))
                + (f.PathsTruncated ? "\n…" : string.Empty);
            var scope = f.Scope is "dev" or "test" ? $"[grey]{f.Scope}[/]" : f.Scope;
            table.AddRow(Markup.Escape(f.Repository), Markup.Escape(f.Manifest), Markup.Escape(f.Package), Markup.Escape(f.Version ?? "?") + (f.Status == "unknown" ? " [yellow](unknown)[/]" : string.Empty),
                f.Direct ? "direct" : "transitive", scope, severity, Markup.Escape(string.Join(", ", f.FixedVersions)), ExposureTraces.VerdictCell(f.Reachability), ContextCells.RunsInAndOwners(f.Context), paths);
        }

        renderer.Write(table);
        renderer.Line(string.Create(CultureInfo.InvariantCulture,
            $"{findings.Count} finding(s) in {findings.Select(f => f.Repository).Distinct().Count()} repositor(ies)."));
    }
}
