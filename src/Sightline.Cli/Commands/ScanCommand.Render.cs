using System.Globalization;
using Sightline.Cli.Output;
using Sightline.Core.Findings;
using Sightline.Engine.Gate;
using Sightline.Reports.Markdown;
using Sightline.Reports.Sarif;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class ScanCommand
{
    private static void Render(Renderer renderer, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> tripped, GatePolicy policy)
    {
        switch (renderer.Format)
        {
            case "json":
                renderer.Json(new { Gate = policy, Tripped = tripped.Count, Findings = findings });
                return;
            case "sarif":
                renderer.Stream(stream => SarifWriter.Write(stream, findings, typeof(ScanCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
                return;
            case "markdown":
                renderer.Text(MarkdownWriter.Write("Sightline scan", findings));
                return;
        }

        var shown = findings.Where(f => f.IgnoredBecause is null).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("Repository", "Manifest", "Package", "Version", "Advisory", "Severity", "Dependency", "Scope", "Fixed in", "Bump");
            foreach (var f in shown)
            {
                var severity = f.SeverityScore is { } s ? $"{f.SeverityBand} {s.ToString("0.0", CultureInfo.InvariantCulture)}" : f.SeverityBand;
                table.AddRow(Markup.Escape(f.Repository), Markup.Escape(f.Manifest), Markup.Escape(f.Package), Markup.Escape(f.Version ?? "?"),
                    Markup.Escape(f.AdvisoryId), policy.Trips(f) ? $"[red]{severity}[/]" : severity, f.Direct ? "direct" : "transitive", f.Scope,
                    Markup.Escape(string.Join(", ", f.FixedVersions)), Markup.Escape(f.DirectDependency ?? f.Package));
            }

            renderer.Write(table);
        }

        renderer.Line(string.Create(CultureInfo.InvariantCulture,
            $"{shown.Count} finding(s), {findings.Count - shown.Count} ignored; {(policy.IsSet ? $"{tripped.Count} at or over the gate" : "no gate set (--fail-on, --fail-on-cvss)")}."));
    }
}
