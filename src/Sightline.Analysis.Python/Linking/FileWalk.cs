using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;
using Sightline.Analysis.Python.Walk;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Python.Linking;

/// <summary>Reads, tokenizes and walks one file within its time limit; a failure is a skipped file, never an exception.</summary>
internal static class FileWalk
{
    public static (FileModel? Model, string? Skipped, List<CodeWarning> Warnings) Run(
        IRepositoryFiles repository, string path, string module, PythonAnalyserOptions options, CancellationToken cancellationToken)
    {
        var warnings = new List<CodeWarning>();
        var skipped = SourceFiles.SkipByName(path);
        if (skipped is not null)
        {
            return (null, skipped, warnings);
        }

        var (text, reason) = SourceFiles.Read(repository, path, options.MaxFileBytes, warnings);
        if (text is null)
        {
            return (null, reason, warnings);
        }

        var deadline = Environment.TickCount64 + (long)options.FileTimeout.TotalMilliseconds;
        var steps = 0;
        bool Step()
        {
            if (++steps % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Environment.TickCount64 > deadline)
                {
                    throw new TimeoutException();
                }
            }

            return true;
        }

        try
        {
            var tokens = new Tokenizer(text, warnings).Tokenize();
            var model = new FileModel(path, module) { Lines = CountLines(text) };
            new Walker(text, tokens, model, path.EndsWith("__init__.py", StringComparison.Ordinal), Step).Walk();
            model.Warnings.InsertRange(0, warnings);
            var located = model.Warnings.Select(w => w with { Message = path + ": " + w.Message }).ToList();
            model.Warnings.Clear();
            model.Warnings.AddRange(located);
            return (model, null, model.Warnings);
        }
        catch (TimeoutException)
        {
            return (null, $"timed out after {options.FileTimeout.TotalSeconds:0.#} s", warnings);
        }
    }

    private static int CountLines(string text)
    {
        var lines = 1;
        foreach (var c in text.AsSpan())
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return text.EndsWith('\n') ? lines - 1 : lines;
    }
}
