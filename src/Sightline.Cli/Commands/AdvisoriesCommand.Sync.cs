using System.CommandLine;
using Sightline.Advisories.Sync;
using Sightline.Core.Model;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class AdvisoriesCommand
{
    private static Command CreateSync(CommandContext context)
    {
        var ecosystems = new Option<string[]>("--ecosystem", "-e")
        {
            Description = "Ecosystem to sync (npm, Maven, NuGet, Go, PyPI, crates.io, RubyGems, Packagist); repeat it; default all of them",
            HelpName = "name",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = $"Where the dumps are: <base>/<Ecosystem>/all.zip [default: {OsvDumpSync.DefaultBaseUrl}]",
            HelpName = "url",
        };
        var command = new Command("sync", "Download osv.dev's per-ecosystem dumps (only when changed) into .sightline/osv/ next to the database, and import them")
        {
            ecosystems, baseUrl,
        };
        command.SetAction(async (parse, ct) =>
        {
            var names = ResolveEcosystems(parse.GetValue(ecosystems));
            var baseText = parse.GetValue(baseUrl);
            var url = baseText is null ? OsvDumpSync.DefaultBaseUrl
                : Uri.TryCreate(baseText, UriKind.Absolute, out var given) && given.Scheme is "http" or "https" ? given
                : throw new UsageException($"--base-url '{baseText}' is not an http(s) URL");
            using var store = CommandContext.OpenStore(parse);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            var sync = new OsvDumpSync(http, url, Path.Combine(Path.GetDirectoryName(store.Path)!, "osv"));
            var rows = new List<SyncRow>();
            var failed = false;
            var summary = new ImportSummary();
            foreach (var name in names)
            {
                var outcome = await sync.SyncAsync(name, ct);
                failed |= outcome.Status == OsvSyncStatus.Failed;
                if (outcome.Message is { } message)
                {
                    await context.Error.WriteLineAsync($"error: {name}: {message}");
                }

                if (outcome.NeedsImport)
                {
                    var problemsBefore = summary.Report.Problems.Count;
                    summary.Add(store.ImportAdvisories(new Advisories.Osv.OsvSource().Read(outcome.ZipPath, summary.Report).Select(Advisories.Symbols.SymbolOverlay.BuiltIn.Apply).Select(summary.Count), outcome.ZipPath));
                    OsvDumpSync.MarkImported(outcome.ZipPath);
                    failed |= summary.Report.Problems.Count > problemsBefore;
                }

                rows.Add(new SyncRow(name, outcome.Status switch { OsvSyncStatus.Downloaded => "downloaded", OsvSyncStatus.NotModified => "not-modified", _ => "failed" }, outcome.Bytes));
            }

            using var renderer = context.CreateRenderer(parse);
            if (renderer.IsJson)
            {
                renderer.Json(new { Dumps = rows, summary.Report.FilesRead, summary.Added, summary.Replaced, summary.Unchanged, summary.Older, summary.Report.Problems });
            }
            else
            {
                Render(renderer, summary);
                renderer.Line(Markup.Escape(string.Join("  ", rows.Select(r => $"{r.Ecosystem}: {r.Status}"))));
            }

            WriteProblems(context, summary.Report.Problems);
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static List<string> ResolveEcosystems(string[]? given)
    {
        if (given is null || given.Length == 0)
        {
            return [.. Enum.GetValues<Ecosystem>().Select(e => e.OsvName())];
        }

        return [.. given.Select(g => EcosystemNames.TryParse(g, out var e) ? e.OsvName()
            : throw new UsageException($"unknown ecosystem '{g}': use one of {string.Join(", ", Enum.GetValues<Ecosystem>().Select(x => x.OsvName()))}")).Distinct()];
    }

    private sealed record SyncRow(string Ecosystem, string Status, long Bytes);
}
