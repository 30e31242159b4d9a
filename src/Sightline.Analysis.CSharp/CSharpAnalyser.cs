using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp;

/// <summary>
/// C# source analysis with Roslyn: files are grouped into projects (the nearest .csproj above each file),
/// each project is one compilation bound against the runtime, the package assemblies found in the local
/// NuGet folder and the compilations of referenced projects; calls the model cannot bind resolve from
/// using directives and declared types. See docs/languages/csharp.md.
/// </summary>
public sealed partial class CSharpAnalyser : ILanguageAnalyser
{
    // Roslyn guards its own recursion against the stack it finds; a big stack lets deep nesting bind instead of failing.
    private const int StackBytes = 256 * 1024 * 1024;

    private readonly CSharpAnalyserOptions _options;

    public CSharpAnalyser()
        : this(new CSharpAnalyserOptions())
    {
    }

    public CSharpAnalyser(CSharpAnalyserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Id => "csharp";

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.cs"];

    public IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(analyse);
        return AnalysisThread.Run("csharp-analyser", StackBytes, () => Run(repository, files, analyse, cancellationToken));
    }
}
