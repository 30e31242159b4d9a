using Sightline.Analysis.JavaScript.Model;
using Sightline.Analysis.JavaScript.Parsing;
using Sightline.Analysis.JavaScript.TypeScript;
using Sightline.Analysis.JavaScript.Walk;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.JavaScript.Linking;

/// <summary>
/// The files of one Analyse call: each walked at most once, on demand, so a file that is not being
/// analysed is still read when another imports from it.
/// </summary>
internal sealed class AnalysisSession(IRepositoryFiles repository, IReadOnlyList<string> files, JavaScriptAnalyserOptions options, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, FileModel> _models = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fileSet = new(files, StringComparer.Ordinal);

    public Specifiers Specifiers { get; } = new Specifiers(new HashSet<string>(files, StringComparer.Ordinal));

    public IRepositoryFiles Repository => repository;

    public IEnumerable<FileModel> Models => _models.Values;

    /// <summary>The model of a source file of the repository, or null when it is not one.</summary>
    public FileModel? Model(string path)
    {
        if (_models.TryGetValue(path, out var model))
        {
            return model;
        }

        if (!_fileSet.Contains(path))
        {
            return null;
        }

        model = Build(path);
        _models[path] = model;
        return model;
    }

    private FileModel Build(string path)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var model = new FileModel(path) { IsTest = SourceFiles.IsTest(path) };
        if (SourceFiles.SkipByName(path) is { } reason)
        {
            model.Skipped = reason;
            return model;
        }

        var (text, skipped) = SourceFiles.Read(repository, path, options, model.Warnings);
        if (text is null)
        {
            model.Skipped = skipped;
            return model;
        }

        var lines = new LineMap(text);
        model.Lines = lines.LineCount;
        try
        {
            Walk(model, text, lines);
        }
        catch (TimeoutException)
        {
            return Failed(model, $"timed out after {options.FileTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A parser or walker failure costs this file only.
            return Failed(model, $"analysis failed: {ex.GetType().Name}: {ex.Message}");
        }

        return model;
    }

    private void Walk(FileModel model, string text, LineMap lines)
    {
        var budget = new Budget(options.FileTimeout, cancellationToken);
        var typeScript = SourceFiles.IsTypeScript(model.Path);
        var parsed = SourceRewriter.Rewrite(text, typeScript, SourceFiles.MayHaveJsx(model.Path), budget, out var synthetic);
        var mode = model.Path.EndsWith(".mjs", StringComparison.Ordinal) || model.Path.EndsWith(".mts", StringComparison.Ordinal) ? JsParser.Mode.Module
            : model.Path.EndsWith(".cjs", StringComparison.Ordinal) || model.Path.EndsWith(".cts", StringComparison.Ordinal) ? JsParser.Mode.Script
            : JsParser.Mode.Either;
        var program = JsParser.Parse(ref parsed, mode, model.Path, model.Warnings);
        var walker = new ModuleWalker(model, text, parsed, lines, Specifiers, budget, synthetic);
        walker.Walk(program);
    }

    private static FileModel Failed(FileModel model, string reason)
    {
        var failed = new FileModel(model.Path) { IsTest = model.IsTest, Skipped = reason, Lines = model.Lines };
        failed.Warnings.AddRange(model.Warnings);
        return failed;
    }
}
