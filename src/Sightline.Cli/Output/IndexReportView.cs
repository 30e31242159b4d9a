using System.Globalization;
using Sightline.Engine.Indexing;
using Spectre.Console;

namespace Sightline.Cli.Output;

internal static class IndexReportView
{
    public static void Render(Renderer renderer, IndexReport report, TextWriter error, bool quiet)
    {
        // Problems go to stderr whatever the format, so a JSON consumer still sees a clean document.
        foreach (var path in report.PathErrors)
        {
            error.WriteLine("error: " + path);
        }

        foreach (var repository in report.Repositories)
        {
            foreach (var problem in repository.Problems)
            {
                error.WriteLine($"error: [{repository.Name}] {problem}");
            }
        }

        if (renderer.IsJson)
        {
            renderer.Json(new
            {
                report.Indexed,
                report.Unchanged,
                report.Failed,
                Problems = report.ProblemCount,
                ElapsedSeconds = Math.Round(report.Elapsed.TotalSeconds, 3),
                report.BytesParsed,
                Repositories = report.Repositories.Select(r => new
                {
                    r.Name, r.Path, Outcome = r.Outcome.ToString().ToLowerInvariant(), r.Revision, r.Manifests, r.Packages,
                    SourceFilesAnalysed = r.CodeFilesAnalysed, SourceFilesReused = r.CodeFilesReused, SourceLines = r.CodeLines,
                    Problems = r.Problems.Select(p => new { p.File, p.Line, p.Column, p.Message }),
                }),
            });
            return;
        }

        if (!quiet)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("Repository", "Result", "Revision", "Manifests", "Packages", "Source files", "Problems");
            // A large fleet lists only the repositories that need attention; the counts below cover the rest.
            var rows = report.Repositories.Count <= 50
                ? report.Repositories
                : [.. report.Repositories.Where(r => r.Outcome == RepositoryOutcome.Failed || r.Problems.Count > 0)];
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Name), r.Outcome.ToString().ToLowerInvariant(), Markup.Escape(Short(r.Revision)),
                    Count(r.Manifests), Count(r.Packages),
                    r.CodeFilesAnalysed + r.CodeFilesReused == 0 ? "-" : $"{Count(r.CodeFilesAnalysed)} analysed, {Count(r.CodeFilesReused)} kept",
                    Count(r.Problems.Count));
            }

            renderer.Write(table);
        }

        renderer.Line(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {report.Indexed}, unchanged {report.Unchanged}, failed {report.Failed}; {report.ProblemCount} problem(s); {report.Elapsed.TotalSeconds:0.0} s"));
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Short(string? revision) =>
        revision is null ? "-"
        : revision.StartsWith("sha256:", StringComparison.Ordinal) ? revision[..19]
        : revision.Length > 12 ? revision[..12] + (revision.EndsWith("-dirty", StringComparison.Ordinal) ? "-dirty" : string.Empty)
        : revision;
}
