using System.Globalization;
using System.Text;
using Sightline.Core.Findings;

namespace Sightline.Reports.Markdown;

/// <summary>Findings as Markdown: for a ticket, a pull-request comment or a chat message.</summary>
public static class MarkdownWriter
{
    private static string VerdictText(Core.Code.ReachabilityVerdict? verdict) => verdict?.Verdict switch
    {
        null => "-",
        Core.Code.Verdict.NotImported => "not-imported",
        { } v => v.ToString().ToLowerInvariant(),
    };

    public static string Write(string title, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(title)).AppendLine();
        var shown = findings.Where(f => f.IgnoredBecause is null).ToList();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{shown.Count} finding(s) in {shown.Select(f => f.Repository).Distinct().Count()} repositor(ies); {findings.Count - shown.Count} ignored."));
        md.AppendLine();
        if (shown.Count == 0)
        {
            return md.ToString();
        }

        md.AppendLine("| Repository | Manifest | Package | Version | Dependency | Scope | Advisory | Severity | Fixed in | Code | Runs in | Owners | Bump |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var f in shown)
        {
            var severity = f.SeverityScore is { } score ? $"{f.SeverityBand} {score.ToString("0.0", CultureInfo.InvariantCulture)}" : f.SeverityBand;
            md.AppendLine(string.Join(" | ", new[]
            {
                "| " + Escape(f.Repository), Escape(f.Manifest), Escape(f.Package), Escape(f.Version ?? "?"), f.Direct ? "direct" : "transitive",
                f.Scope, Escape(f.AdvisoryId), severity, Escape(string.Join(", ", f.FixedVersions)), VerdictText(f.Reachability), Escape(RunsIn(f.Context)), Escape(Owners(f.Context)), "**" + Escape(f.DirectDependency ?? f.Package) + "** |",
            }));
        }

        var traced = shown.Where(f => f.Reachability is { Trace.Count: > 0 }).DistinctBy(f => (f.Repository, f.AdvisoryId)).ToList();
        if (traced.Count > 0)
        {
            md.AppendLine().AppendLine("## Traces").AppendLine();
            foreach (var f in traced)
            {
                md.Append("- `").Append(f.Repository).Append("` ").AppendLine(Escape(f.Reachability!.Reason));
                foreach (var frame in f.Reachability.Trace)
                {
                    md.Append("  - `").Append(frame.File).Append(':').Append(frame.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
                        .Append(frame.Column.ToString(CultureInfo.InvariantCulture)).Append("` ").Append(Escape(frame.Caller)).Append(" calls ").AppendLine(Escape(frame.Callee));
                }
            }
        }

        md.AppendLine().AppendLine("## Paths").AppendLine();
        foreach (var f in shown.Where(f => f.Paths.Count > 0))
        {
            md.Append("- `").Append(f.Repository).Append("` ").Append(Escape(f.Manifest)).Append(": ").Append(Escape(f.Package)).Append('@').AppendLine(Escape(f.Version ?? "?"));
            foreach (var path in f.Paths)
            {
                md.Append("  - **").Append(Escape(path[0])).Append("**");
                foreach (var step in path.Skip(1))
                {
                    md.Append(" › ").Append(Escape(step));
                }

                md.AppendLine();
            }

            if (f.PathsTruncated)
            {
                md.AppendLine("  - … more paths not shown");
            }
        }

        return md.ToString();
    }

    /// <summary>"checkout-service (production, staging)", production environments first; "-" when nothing is deployed.</summary>
    public static string RunsIn(FindingContext? context) => context is null || context.Services.Count == 0 ? "-"
        : string.Join("; ", context.Services.Select(s => s.Environments.Count == 0 ? $"{s.Name} (no known environment)" : $"{s.Name} ({string.Join(", ", s.Environments.Select(e => e.Name))})"));

    public static string Owners(FindingContext? context) => context is null || context.Owners.Count == 0 ? "-" : string.Join(", ", context.Owners.Select(o => o.Name));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);
}
