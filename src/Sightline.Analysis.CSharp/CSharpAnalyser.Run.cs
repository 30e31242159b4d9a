using Microsoft.CodeAnalysis;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp;

public sealed partial class CSharpAnalyser
{
    private IReadOnlyList<FileAnalysis> Run(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(analyse, StringComparer.Ordinal);
        var timedOut = new HashSet<string>(StringComparer.Ordinal);
        var layout = ProjectLayout.Read(repository);
        foreach (var path in files.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var perFile = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            StartClock(perFile);
            try
            {
                layout.GroupOf(path).Sources.Add(SourceFile.Read(repository, path, _options, perFile.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                timedOut.Add(path);
            }
        }

        var namespaces = new RepositoryNamespaces(layout.Groups.SelectMany(g => g.Sources).Where(s => s.Tree is not null).Select(s => s.Tree!));
        var packageFolder = _options.EffectivePackageFolder();
        var results = new List<FileAnalysis>();
        foreach (var path in analyse.Where(timedOut.Contains))
        {
            results.Add(new FileAnalysis(path, Id) { Skipped = TimedOut });
        }

        foreach (var group in layout.Groups)
        {
            foreach (var source in group.Sources.Where(s => wanted.Contains(s.Path)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var isTest = group.Project.IsTest || TestConventions.IsTestPath(source.Path);
                results.Add(source.Tree is null || source.Skipped is not null
                    ? new FileAnalysis(source.Path, Id) { IsTest = isTest, Skipped = source.Skipped, Warnings = source.Warnings, Lines = source.Lines }
                    : AnalyseFile(source, group, layout, namespaces, packageFolder, isTest, cancellationToken));
            }
        }

        return results;
    }

    private const string TimedOut = "timed out";

    // A zero limit cancels at once rather than on a timer tick, so it is exact.
    private void StartClock(CancellationTokenSource perFile)
    {
        if (_options.FileTimeout <= TimeSpan.Zero)
        {
            perFile.Cancel();
        }
        else
        {
            perFile.CancelAfter(_options.FileTimeout);
        }
    }

    private FileAnalysis AnalyseFile(SourceFile source, ProjectGroup group, ProjectLayout layout, RepositoryNamespaces namespaces, string? packageFolder, bool isTest, CancellationToken cancellationToken)
    {
        using var perFile = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        StartClock(perFile);
        try
        {
            var compilation = group.Compilation(layout.GroupByProjectPath, packageFolder, _options.AspNetCoreFramework);
            var model = compilation.GetSemanticModel(source.Tree!);
            return new FileAnalyser(source, model, group, namespaces, perFile.Token).Run(isTest);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FileAnalysis(source.Path, Id) { IsTest = isTest, Skipped = $"{TimedOut} after {_options.FileTimeout.TotalSeconds:0.#} s", Warnings = source.Warnings, Lines = source.Lines };
        }
        catch (InsufficientExecutionStackException)
        {
            return new FileAnalysis(source.Path, Id)
            {
                IsTest = isTest,
                Skipped = "nesting too deep to analyse",
                Warnings = [.. source.Warnings, new CodeWarning("nesting too deep to analyse")],
                Lines = source.Lines,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One file's failure (a Roslyn bug on odd input) costs that file only.
            return new FileAnalysis(source.Path, Id)
            {
                IsTest = isTest,
                Skipped = "analysis failed: " + ex.GetType().Name,
                Warnings = [.. source.Warnings, new CodeWarning("analysis failed: " + ex.Message)],
                Lines = source.Lines,
            };
        }
    }
}
