using Sightline.Analysis.Go.Binding;
using Sightline.Analysis.Go.Walk;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Go;

/// <summary>
/// One analysis run: every Go file of the repository is read and indexed (binding needs the other files of
/// each package and the repository's other packages), every file is walked (a handler registered in one file
/// makes a function in another an entry point), and results are returned for the files asked for.
/// </summary>
internal sealed partial class Session(IRepositoryFiles repository, IReadOnlyList<string> files, GoAnalyserOptions options, CancellationToken cancellation)
{
    private sealed record Parsed(FileContext Context, List<CodeWarning> Warnings, int Lines);

    public IReadOnlyList<FileAnalysis> Run(IReadOnlyList<string> analyse)
    {
        // go.mod does not match the analyser's patterns: the indexer's file list never holds it, the repository does.
        var modules = new ModuleMap(repository, repository.Files);
        var wanted = analyse.ToHashSet(StringComparer.Ordinal);
        var results = new List<FileAnalysis>();
        var parsed = new List<Parsed>();
        foreach (var file in files.Where(f => f.EndsWith(".go", StringComparison.Ordinal)).Union(analyse).Distinct(StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var (context, skipped) = Read(file, modules);
            if (context is not null)
            {
                parsed.Add(context);
            }
            else if (wanted.Contains(file))
            {
                results.Add(skipped!);
            }
        }

        var index = new RepoIndex();
        parsed.ForEach(p => index.Add(p.Context));
        parsed.ForEach(p => p.Context.BindImports(index));
        var binder = new Binder(index);
        var withMain = parsed.Where(p => !p.Context.IsTest && p.Context.File.Package == "main").Select(p => p.Context.Module ?? "").ToHashSet(StringComparer.Ordinal);
        var handlers = new HashSet<string>(StringComparer.Ordinal);
        var walked = new List<(Parsed File, FileWalker Walker)>();
        foreach (var file in parsed)
        {
            cancellation.ThrowIfCancellationRequested();
            var walker = new FileWalker(binder, file.Context, handlers);
            try
            {
                walker.Walk(library: !withMain.Contains(file.Context.Module ?? ""));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A defect of the walk on one file costs that file's remaining calls, never the run.
                file.Warnings.Add(new CodeWarning($"{file.Context.Path}: analysis stopped: {ex.Message}"));
            }

            walked.Add((file, walker));
        }

        foreach (var (file, walker) in walked.Where(w => wanted.Contains(w.File.Context.Path)))
        {
            results.Add(Result(file, walker, handlers));
        }

        return results;
    }

    private static FileAnalysis Result(Parsed file, FileWalker walker, HashSet<string> handlers)
    {
        var context = file.Context;
        var definitions = walker.Definitions
            .Select(d => !context.IsTest && handlers.Contains(d.Id) && d.Entry is EntryPointKind.None or EntryPointKind.PublicApi ? d with { Entry = EntryPointKind.HttpHandler } : d)
            .ToList();
        return new FileAnalysis(context.Path, "go")
        {
            IsTest = context.IsTest,
            Definitions = definitions,
            Imports = [.. context.File.Imports.Select(i => new CodeImport(i.Path, i.Path, i.Line, i.Column) { Alias = i.Alias })],
            Calls = walker.Calls,
            Warnings = file.Warnings,
            Lines = file.Lines,
        };
    }
}
