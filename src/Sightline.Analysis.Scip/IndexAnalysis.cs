using Sightline.Analysis.Scip.Protobuf;
using Sightline.Analysis.Scip.Symbols;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Scip;

/// <summary>One index: which symbols the repository defines (so references to them are Local), then each document.</summary>
internal sealed partial class IndexAnalysis(ScipIndex index, string folder, IRepositoryFiles repository)
{
    private readonly Dictionary<string, ScipSymbol?> _parsed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    /// <summary>The repository's own packages (manager and name): their modules are not package imports.</summary>
    private readonly HashSet<(string Manager, string Package)> _own = [];

    /// <summary>A class of the repository → its constructor's symbol, for Python's `Settings(path)`.</summary>
    private readonly Dictionary<string, string> _constructors = new(StringComparer.Ordinal);

    private string Tool => index.Metadata.ToolName.Length > 0 ? index.Metadata.ToolName : "scip";

    public IEnumerable<FileAnalysis> Analyse(CancellationToken cancellationToken)
    {
        foreach (var document in index.Documents)
        {
            foreach (var occurrence in document.Occurrences)
            {
                if ((occurrence.Roles & ScipSymbolRoles.Definition) != 0 && !occurrence.Symbol.StartsWith("local ", StringComparison.Ordinal))
                {
                    _defined.Add(occurrence.Symbol);
                }
            }
        }

        foreach (var symbol in _defined)
        {
            if (Parse(symbol) is { IsLocal: false } own)
            {
                _own.Add((own.Manager, own.Package));
            }

            // scip-typescript refers `new Cache()` to the constructor itself; a class name there is a type.
            if (Parse(symbol) is { IsCallable: true } parsed && parsed.Manager != "npm" && parsed.Descriptors.Count > 1
                && parsed.Descriptors[^2].Suffix == DescriptorSuffix.Type && parsed.Descriptors[^1].Name is "__init__" or "<constructor>")
            {
                _constructors[symbol[..(symbol.LastIndexOf('#') + 1)]] = symbol;
            }
        }

        var results = new List<FileAnalysis>(index.Documents.Count);
        foreach (var document in index.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(AnalyseDocument(document));
        }

        return results;
    }

    private ScipSymbol? Parse(string symbol)
    {
        if (!_parsed.TryGetValue(symbol, out var parsed))
        {
            parsed = ScipSymbol.Parse(symbol);
            _parsed[symbol] = parsed;
        }

        return parsed;
    }

    /// <summary>Test code by path: test_*.py, *_test.py, conftest.py, *.test.ts, *.spec.js, tests/, __tests__/.</summary>
    internal static bool IsTestPath(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var segments = path.Split('/');
        return segments[..^1].Any(s => s is "test" or "tests" or "__tests__" or "spec")
            || name.StartsWith("test_", StringComparison.Ordinal)
            || name.EndsWith("_test.py", StringComparison.Ordinal)
            || name == "conftest.py"
            || name.Contains(".test.", StringComparison.Ordinal)
            || name.Contains(".spec.", StringComparison.Ordinal);
    }
}
