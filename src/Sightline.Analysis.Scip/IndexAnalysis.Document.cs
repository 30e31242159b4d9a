using Sightline.Analysis.Scip.Protobuf;
using Sightline.Analysis.Scip.Symbols;
using Sightline.Core.Code;

namespace Sightline.Analysis.Scip;

internal sealed partial class IndexAnalysis
{
    private FileAnalysis AnalyseDocument(ScipDocument document)
    {
        var path = folder + document.RelativePath;
        var isTest = IsTestPath(path);
        var module = ModuleId(document, path);
        var scopes = new List<(ScipRange Range, string Id)>();
        var definitions = new List<CodeDefinition>();
        var lastLine = 0;
        foreach (var occurrence in document.Occurrences)
        {
            var range = occurrence.EnclosingRange ?? occurrence.Range;
            lastLine = Math.Max(lastLine, range.EndLine);
            if ((occurrence.Roles & ScipSymbolRoles.Definition) == 0 || Parse(occurrence.Symbol) is not { IsCallable: true } symbol)
            {
                continue;
            }

            var id = SymbolNames.DefinitionId(symbol);
            scopes.Add((range, id));
            definitions.Add(new CodeDefinition(id, symbol.Descriptors[^1].Name, KindOf(symbol), range.StartLine + 1, range.EndLine + 1)
            {
                StartColumn = range.StartCharacter + 1,
            });
        }

        definitions.Insert(0, new CodeDefinition(module, "<module>", DefinitionKind.Module, 1, lastLine + 1)
        {
            Entry = isTest ? EntryPointKind.None : EntryPointKind.ModuleCode,
        });

        var (calls, imports) = References(document, path, scopes, module);
        return new FileAnalysis(path, Tool)
        {
            IsTest = isTest,
            Definitions = definitions,
            Calls = calls,
            Imports = imports,
            Lines = lastLine + 1,
        };
    }

    private static DefinitionKind KindOf(ScipSymbol symbol)
    {
        var name = symbol.Descriptors[^1].Name;
        var inType = symbol.Descriptors.Count > 1 && symbol.Descriptors[^2].Suffix == DescriptorSuffix.Type;
        return name is "__init__" or "<constructor>" or "constructor" && inType ? DefinitionKind.Constructor
            : inType ? DefinitionKind.Method
            : DefinitionKind.Function;
    }

    /// <summary>The id of the document's top-level code, from the module symbol the indexer defines at 1:1.</summary>
    private string ModuleId(ScipDocument document, string path)
    {
        foreach (var occurrence in document.Occurrences)
        {
            if ((occurrence.Roles & ScipSymbolRoles.Definition) != 0 && Parse(occurrence.Symbol) is { IsLocal: false } symbol && SymbolNames.IsModule(symbol))
            {
                var id = SymbolNames.DefinitionId(symbol);
                return id.EndsWith("#<module>", StringComparison.Ordinal) ? id : id + ".<module>";
            }
        }

        return path + "#<module>";
    }
}
