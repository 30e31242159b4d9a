using Sightline.Analysis.Java.Lexing;
using Sightline.Analysis.Java.Model;
using Sightline.Analysis.Java.Parsing;
using Sightline.Analysis.Java.Resolution;
using Sightline.Analysis.Java.Walk;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Java.Session;

/// <summary>
/// One run: every Java file of the repository is read for its declarations (types are resolved across
/// files), then the analysed files' bodies are walked. Each file fails on its own.
/// </summary>
internal sealed partial class AnalysisSession(IRepositoryFiles repository, IReadOnlyList<string> files, JavaAnalyserOptions options, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, JavaFile> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Skipped, List<CodeWarning> Warnings, int Lines)> _status = new(StringComparer.Ordinal);
    private readonly RepositoryIndex _index = new();
    private HashSet<string> _buildFolders = [];

    public IReadOnlyList<FileAnalysis> Run(IReadOnlyList<string> analyse)
    {
        _buildFolders = repository.Files.Where(IsBuildFile).Select(Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var path in files.Concat(analyse).Distinct(StringComparer.Ordinal).Where(p => p.EndsWith(".java", StringComparison.Ordinal)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Load(path);
        }

        var libraries = LibraryModules();
        var results = new List<FileAnalysis>(analyse.Count);
        foreach (var path in analyse)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Analyse(path, libraries));
        }

        return results;
    }

    private void Load(string path)
    {
        var warnings = new List<CodeWarning>();
        var (text, skipped, warning) = SourceReader.Read(repository, path, options.MaxFileBytes);
        if (warning is not null)
        {
            warnings.Add(new CodeWarning(warning, null));
        }

        if (text is null)
        {
            _status[path] = (skipped, warnings, 0);
            return;
        }

        var lexer = new Lexer(text);
        var tokens = lexer.Tokenize();
        var file = new JavaFile(path, tokens) { IsTest = IsTest(path), Module = Module(path), Lines = tokens[^1].Line };
        file.Problems.AddRange(lexer.Problems);
        try
        {
            new DeclarationParser(file).ParseFile();
        }
        catch (ArgumentOutOfRangeException)
        {
            file.Problems.Add(("the declarations could not be read to the end", file.Lines));
        }

        _parsed[path] = file;
        _index.Add(file);
        _status[path] = (null, warnings, file.Lines);
    }

    private FileAnalysis Analyse(string path, HashSet<string> libraries)
    {
        if (!_parsed.TryGetValue(path, out var file))
        {
            var (skipped, warnings, _) = _status.GetValueOrDefault(path, ("cannot be read", [], 0));
            return new FileAnalysis(path, "java") { Skipped = skipped, Warnings = warnings, IsTest = IsTest(path) };
        }

        var walker = new BodyWalker(file, _index, DateTime.UtcNow + options.FileTimeout);
        try
        {
            for (var i = 0; i < file.Types.Count; i++)
            {
                foreach (var member in file.Types[i].Members.Where(m => m.BodyStart >= 0).ToList())
                {
                    walker.WalkMember(file.Types[i], member);
                }
            }
        }
        catch (TimeoutException)
        {
            return new FileAnalysis(path, "java") { Skipped = $"timed out after {options.FileTimeout.TotalSeconds:0} s", IsTest = file.IsTest, Lines = file.Lines };
        }

        var status = _status[path];
        return new FileAnalysis(path, "java")
        {
            IsTest = file.IsTest,
            Lines = file.Lines,
            Definitions = Definitions.Of(file, libraries.Contains(file.Module)),
            Imports = [.. file.Imports.Select(i => new CodeImport(i.Name, null, i.Line, i.Column) { Alias = i.OnDemand ? null : i.SimpleName })],
            Calls = walker.Calls,
            Warnings = [.. status.Warnings, .. file.Problems.Select(p => new CodeWarning($"{path}:{p.Line}: {p.Message}", p.Line))],
        };
    }
}
