using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Core.Repositories;
using Sightline.Engine.Indexing;
using Sightline.Engine.Matching;
using Sightline.Store.Findings;
using Sightline.Fleet.Git;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static class IndexCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A repository, or a folder of repositories (folders with .git; or, without any .git, one plain repository per subfolder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var sboms = new Option<string[]>("--sbom") { Description = "A CycloneDX (1.4-1.6) or SPDX (2.2, 2.3) JSON SBOM to index as a repository of its own (vendor software, an image); --as-repo names it", HelpName = "file" };
        var asRepo = new Option<string?>("--as-repo") { Description = "Index the one path given as a single repository with this name", HelpName = "name" };
        var depth = new Option<int>("--depth") { Description = "How many folder levels below a path to search for .git folders", DefaultValueFactory = _ => 3 };
        var force = new Option<bool>("--force") { Description = "Re-index repositories even when their commit (or content hash) is unchanged" };
        var maxFile = new Option<int>("--max-file-size") { Description = "Largest manifest or lockfile to parse, in MiB", DefaultValueFactory = _ => 256, HelpName = "MiB" };
        var scip = new Option<string?>("--scip") { Description = "A SCIP index (index.scip) for the one repository given: its references are used for reachability", HelpName = "file" };
        var parallel = new Option<int>("--parallel") { Description = "Repositories processed at once", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("index", "Index repositories: find every manifest and lockfile, build dependency graphs, store them")
        {
            paths, asRepo, depth, force, maxFile, parallel, scip, sboms,
        };
        var extractors = new ExtractorOptions();
        extractors.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(paths) ?? [];
            var name = parse.GetValue(asRepo);
            var sbomFiles = parse.GetValue(sboms) ?? [];
            if (given.Length == 0 && sbomFiles.Length == 0)
            {
                throw new UsageException("give a path to index, or --sbom FILE");
            }

            if (name is not null && given.Length + sbomFiles.Length != 1)
            {
                throw new UsageException("--as-repo takes exactly one path or SBOM");
            }

            if (parse.GetValue(maxFile) <= 0 || parse.GetValue(depth) < 0 || parse.GetValue(parallel) <= 0)
            {
                throw new UsageException("--max-file-size and --parallel must be positive, --depth zero or more");
            }

            var scipIndex = parse.GetValue(scip);
            if (scipIndex is not null && (given.Length != 1 || !File.Exists(scipIndex)))
            {
                throw new UsageException(given.Length != 1 ? "--scip takes exactly one repository path" : $"--scip: no file '{scipIndex}'");
            }

            var options = new IndexOptions
            {
                AsRepository = name,
                ScipIndex = scipIndex,
                SearchDepth = parse.GetValue(depth),
                Force = parse.GetValue(force),
                Parallelism = parse.GetValue(parallel),
                Scan = new RepositoryScanOptions { MaxFileBytes = parse.GetValue(maxFile) * 1024L * 1024 },
            };
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            var report = new IndexReport([], [], TimeSpan.Zero);
            if (given.Length > 0)
            {
                var indexer = new FleetIndexer(store, extractors.Create(parse), new GitCli(), extractors.Analysers(parse));
                report = context.IsInteractive(parse)
                    ? await WithProgressAsync(indexer, given, options, ct)
                    : await indexer.IndexAsync(given, options, null, ct);
            }

            if (sbomFiles.Length > 0)
            {
                // Each SBOM is staged in a folder named after it and read by the SBOM extractor alone: a repository's
                // own committed SBOM is never read on top of its lockfiles.
                var folders = sbomFiles.Select(f => StageSbom(f, CommandContext.StoreFolder(parse), name)).ToList();
                var sbomIndexer = new FleetIndexer(store, [new Ecosystems.Sbom.SbomExtractor()], new GitCli());
                report = report.Merge(await sbomIndexer.IndexAsync(folders, options with { AsRepository = null, ScipIndex = null }, null, ct));
            }

            IndexReportView.Render(renderer, report, context.Error, parse.GetValue(GlobalOptions.Quiet));

            // A new commit is matched at once, and only that repository: findings stay current.
            var changed = report.Repositories.Where(r => r.Outcome == RepositoryOutcome.Indexed).Select(r => r.Name).ToList();
            if (changed.Count > 0 && store.AdvisoryCount() > 0)
            {
                var match = new FleetMatcher(store).Match(FindingScope.ForRepositories(store.RepositoryIds(changed)));
                if (!renderer.IsJson)
                {
                    renderer.Line($"Matched {match.Advisories} advisories that name indexed packages: {match.New.Count} new finding(s), {match.Resolved.Count} resolved.");
                }

                // Repositories with a recorded fix: verified when the advisory no longer matches, reopened when it matches again.
                var verified = Engine.Remediation.FixVerifier.Update(store, changed, CommandContext.Actor);
                if (verified.Count > 0 && !renderer.IsJson)
                {
                    foreach (var e in verified)
                    {
                        renderer.Line($"Fix record: {Spectre.Console.Markup.Escape(e.Repository)} {e.Step} for {Spectre.Console.Markup.Escape(e.FixId)}.");
                    }
                }
            }

            return report.HasProblems ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static string StageSbom(string file, string storeFolder, string? name)
    {
        try
        {
            return SbomIntake.Stage(file, storeFolder, name).Folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw new UsageException("--sbom " + ex.Message);
        }
    }

    private static async Task<IndexReport> WithProgressAsync(FleetIndexer indexer, string[] paths, IndexOptions options, CancellationToken ct)
    {
        IndexReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("Indexing", maxValue: 1);
                var progress = new Progress<IndexProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = p.Current is null ? "Indexing" : $"Indexing {Markup.Escape(p.Current)}";
                });
                report = await indexer.IndexAsync(paths, options, progress, ct);
            });
        return report!;
    }
}
