using System.CommandLine;
using Sightline.Advisories.Osv;
using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Engine.Matching;
using Sightline.Store;
using Sightline.Store.Findings;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class AdvisoriesCommand
{
    private static Command CreateImport(CommandContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "OSV files (.json, .yaml, .yml), folders of them (walked recursively), osv.dev zip dumps (all.zip)",
            Arity = ArgumentArity.OneOrMore,
        };
        var overlays = new Option<string[]>("--overlay")
        {
            Description = "Folder (or file) of symbol overlay files adding vulnerable symbols to advisories that lack them, on top of the built-in ones (docs/symbols.md); repeat it",
            HelpName = "dir",
        };
        var command = new Command("import", "Import OSV advisories: a newer 'modified' replaces the stored record, the same or an older one is kept") { paths, overlays };
        command.SetAction(parse =>
        {
            using var store = CommandContext.OpenStore(parse);
            var summary = new ImportSummary();
            var overlay = LoadOverlay(parse.GetValue(overlays) ?? [], summary.Report);
            Import(store, parse.GetValue(paths)!, overlay, summary);
            using var renderer = context.CreateRenderer(parse);
            Render(renderer, summary);
            WriteProblems(context, summary.Report.Problems);
            return summary.Report.Problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The built-in symbol overlay plus the user's folders. A bad overlay file is a problem of the import; overlay
    /// files are not counted as advisory files read.
    /// </summary>
    internal static SymbolOverlay LoadOverlay(IEnumerable<string> folders, OsvReadReport report)
    {
        var overlay = SymbolOverlay.BuiltIn;
        foreach (var folder in folders)
        {
            var own = new OsvReadReport();
            overlay = overlay.With(SymbolOverlay.Load(folder, own));
            report.Problems.AddRange(own.Problems);
        }

        return overlay;
    }

    /// <summary>Reads and stores every path given, with the built-in symbol overlay applied to each record.</summary>
    internal static ImportSummary Import(SightlineStore store, IEnumerable<string> paths) =>
        Import(store, paths, SymbolOverlay.BuiltIn, new ImportSummary());

    /// <summary>
    /// Reads and stores every path given; the overlay adds vulnerable symbols to the records that lack them
    /// before they are stored, so the stored record carries them.
    /// </summary>
    internal static ImportSummary Import(SightlineStore store, IEnumerable<string> paths, SymbolOverlay overlay, ImportSummary summary)
    {
        var source = new OsvSource();
        foreach (var path in paths)
        {
            var result = store.ImportAdvisories(source.Read(path, summary.Report).Select(overlay.Apply).Select(summary.Count), Path.GetFullPath(path));
            summary.Add(result);
        }

        // Only the packages whose advisories changed are matched again: the rest of the findings stand.
        if (summary.ChangedPackages.Count > 0)
        {
            var packages = summary.ChangedPackages.Select(p => (p.Ecosystem.ToString(), p.Name)).ToList();
            summary.Match = new FleetMatcher(store).Match(FindingScope.ForPackages(packages));
        }

        return summary;
    }

    private static void Render(Output.Renderer renderer, ImportSummary s)
    {
        if (renderer.IsJson)
        {
            renderer.Json(new
            {
                s.Report.FilesRead,
                s.Report.Skipped,
                s.Added,
                s.Replaced,
                s.Unchanged,
                s.Older,
                s.UnsupportedAffected,
                ChangedPackages = s.ChangedPackages.Count,
                NewFindings = s.Match?.New ?? [],
                ResolvedFindings = s.Match?.Resolved ?? [],
                Problems = s.Report.Problems,
            });
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Files read", "Added", "Replaced", "Unchanged", "Older", "Unsupported ecosystems", "Problems");
        table.AddRow(N(s.Report.FilesRead), N(s.Added), N(s.Replaced), N(s.Unchanged), N(s.Older), N(s.UnsupportedAffected), N(s.Report.Problems.Count));
        renderer.Write(table);
        if (s.Match is { } match)
        {
            renderer.Line($"Re-matched {N(s.ChangedPackages.Count)} package(s): {N(match.New.Count)} new finding(s), {N(match.Resolved.Count)} resolved.");
            foreach (var key in match.New.Take(20))
            {
                renderer.Line("  new: " + Markup.Escape(key.Replace("|", "  ", StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>Totals over every path of one import.</summary>
    internal sealed class ImportSummary
    {
        public OsvReadReport Report { get; } = new();

        public int Added { get; private set; }

        public int Replaced { get; private set; }

        public int Unchanged { get; private set; }

        public int Older { get; private set; }

        /// <summary>affected[] entries naming an ecosystem this build does not support ("Debian:11"): kept, never matched.</summary>
        public int UnsupportedAffected { get; private set; }

        public HashSet<(Core.Model.Ecosystem Ecosystem, string Name)> ChangedPackages { get; } = [];

        /// <summary>The re-match of the changed packages, when there were any.</summary>
        public MatchReport? Match { get; set; }

        public Advisory Count(Advisory advisory)
        {
            UnsupportedAffected += advisory.Affected.Count(a => a.Ecosystem is null);
            return advisory;
        }

        public void Add(Store.Advisories.AdvisoryImportResult result)
        {
            Added += result.Added;
            Replaced += result.Replaced;
            Unchanged += result.Unchanged;
            Older += result.Older;
            ChangedPackages.UnionWith(result.ChangedPackages);
        }
    }
}
