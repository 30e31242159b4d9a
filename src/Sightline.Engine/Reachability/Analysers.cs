using Sightline.Core.Code;

namespace Sightline.Engine.Reachability;

/// <summary>Every source analyser, in one explicit list.</summary>
public static class Analysers
{
    public static IReadOnlyList<ILanguageAnalyser> All { get; } =
    [
        new Analysis.CSharp.CSharpAnalyser(),
        new Analysis.JavaScript.JavaScriptAnalyser(),
        new Analysis.Java.JavaAnalyser(),
        new Analysis.Python.PythonAnalyser(),
        new Analysis.Go.GoAnalyser(),
        new Analysis.Scip.ScipAnalyser(),
    ];
}
