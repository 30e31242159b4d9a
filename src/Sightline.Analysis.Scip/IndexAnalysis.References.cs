using Sightline.Analysis.Scip.Protobuf;
using Sightline.Analysis.Scip.Symbols;
using Sightline.Core.Code;

namespace Sightline.Analysis.Scip;

internal sealed partial class IndexAnalysis
{
    /// <summary>
    /// SCIP does not mark calls: a reference to a function or method symbol ("name()." descriptor) is a
    /// call site, except on a top-level line that also references a module, which is an import statement
    /// (`import { merge } from "lodash"`, `from yaml import load`) naming the function without calling it,
    /// nor is one inside a multi-line import statement when the repository holds the document's source.
    /// A reference to a class of the repository that has a constructor is a call of the constructor:
    /// scip-python refers `Settings(path)` to the class (scip-typescript refers `new Cache()` to the
    /// constructor itself).
    /// </summary>
    private (List<CodeCall> Calls, List<CodeImport> Imports) References(ScipDocument document, string path, List<(ScipRange Range, string Id)> scopes, string module)
    {
        var calls = new List<CodeCall>();
        var imports = new List<CodeImport>();
        var importLines = new HashSet<int>();
        ImportStatements? source = null;
        foreach (var occurrence in document.Occurrences)
        {
            if ((occurrence.Roles & ScipSymbolRoles.Definition) == 0 && Parse(occurrence.Symbol) is { IsLocal: false } symbol
                && SymbolNames.IsModule(symbol) && Caller(scopes, occurrence.Range) is null)
            {
                importLines.Add(occurrence.Range.StartLine);
                if (!_own.Contains((symbol.Manager, symbol.Package)) && SymbolNames.External(symbol) is { } name
                    && !imports.Exists(i => i.Line == occurrence.Range.StartLine + 1 && i.Specifier == name.Name))
                {
                    imports.Add(new CodeImport(name.Name, PackageOf(symbol), occurrence.Range.StartLine + 1, occurrence.Range.StartCharacter + 1));
                }
            }
        }

        foreach (var occurrence in document.Occurrences)
        {
            if ((occurrence.Roles & ScipSymbolRoles.Definition) != 0)
            {
                continue;
            }

            var target = _constructors.GetValueOrDefault(occurrence.Symbol, occurrence.Symbol);
            if (Parse(target) is not { IsLocal: false, IsCallable: true } symbol)
            {
                continue;
            }

            var caller = Caller(scopes, occurrence.Range);
            if (caller is null && InImport(occurrence.Range, importLines, path, ref source))
            {
                continue;
            }

            calls.Add(Call(symbol, target, occurrence, caller ?? module));
        }

        return (calls, imports);
    }

    private CodeCall Call(ScipSymbol symbol, string target, ScipOccurrence occurrence, string caller)
    {
        var text = symbol.Descriptors[^1].Name;
        var line = occurrence.Range.StartLine + 1;
        var column = occurrence.Range.StartCharacter + 1;
        if (_defined.Contains(target))
        {
            return new CodeCall(caller, CallKind.Local, SymbolNames.DefinitionId(symbol), text, line, column);
        }

        return SymbolNames.External(symbol) is { } name
            ? new CodeCall(caller, CallKind.External, name.Name, text, line, column) { Candidates = name.Candidates }
            : new CodeCall(caller, CallKind.Unresolved, null, text, line, column);
    }

    /// <summary>On an import line, or (from the source, read once per document) inside a multi-line import statement.</summary>
    private bool InImport(ScipRange range, HashSet<int> importLines, string path, ref ImportStatements? source)
    {
        if (importLines.Contains(range.StartLine))
        {
            return true;
        }

        source ??= ImportStatements.Load(repository, path) ?? new ImportStatements([]);
        return source.Contains(range.StartLine);
    }

    /// <summary>The innermost definition whose range holds the occurrence; null at top level.</summary>
    private static string? Caller(List<(ScipRange Range, string Id)> scopes, ScipRange at)
    {
        string? best = null;
        ScipRange bestRange = default;
        foreach (var (range, id) in scopes)
        {
            if (range.Contains(at) && (best is null || bestRange.Contains(range)))
            {
                best = id;
                bestRange = range;
            }
        }

        return best;
    }

    /// <summary>The package as its registry names it: "lodash" (not @types/lodash), "PyYAML"; null for the language's own library.</summary>
    private static string? PackageOf(ScipSymbol symbol)
    {
        if (symbol.Package.Length == 0 || symbol.Package == "python-stdlib")
        {
            return null;
        }

        if (symbol.Manager != "npm")
        {
            return symbol.Package;
        }

        var name = SymbolNames.External(symbol)?.Name ?? symbol.Package;
        return name.StartsWith("globalThis", StringComparison.Ordinal) ? null : name.Split('.')[0];
    }
}
