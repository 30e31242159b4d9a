using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Scip.Tests;

/// <summary>The real index scip-typescript 0.4.0 wrote for testdata/greeter-ts.</summary>
public sealed class TypeScriptIndexTests
{
    private static readonly IReadOnlyList<FileAnalysis> Results = Analysis.Folder("greeter-ts");

    [Fact]
    public void Every_document_is_reported_under_the_indexer_name()
    {
        Assert.Equal(["src/index.ts", "src/multi.ts", "src/render.test.ts", "src/render.ts"], Results.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.All(Results, r => Assert.Equal("scip-typescript", r.Language));
    }

    [Fact]
    public void Lodash_template_through_the_default_import_is_an_external_call_at_its_line()
    {
        var call = Results.File("src/render.ts").Calls.Single(c => c.Callee == "lodash.template");
        Assert.Equal((CallKind.External, "src/render.ts#render", 4, 22), (call.Kind, call.Caller, call.Line, call.Column));
        Assert.Equal(["lodash.LoDashStatic.template"], call.Candidates);
    }

    [Fact]
    public void Definitions_take_their_ranges_from_the_enclosing_range()
    {
        var definitions = Results.File("src/render.ts").Definitions;
        Assert.Equal(
            ["src/render.ts#<module> Module 1-25", "src/render.ts#render Function 3-6", "src/render.ts#Store.update Method 11-13",
             "src/render.ts#unused Function 16-18", "src/render.ts#Cache.constructor Constructor 21-23"],
            definitions.Select(d => $"{d.Id} {d.Kind} {d.StartLine}-{d.EndLine}"));
        Assert.Equal(EntryPointKind.ModuleCode, definitions[0].Entry);
    }

    [Fact]
    public void Named_imports_are_imports_not_calls()
    {
        var index = Results.File("src/index.ts");
        Assert.DoesNotContain(index.Calls, c => c.Line is 1 or 2);
        Assert.Equal([("lodash", "lodash", 2)], index.Imports.Select(i => (i.Specifier, i.Package, i.Line)));
    }

    [Fact]
    public void Calls_into_the_repository_are_local_with_the_definition_ids()
    {
        var local = Results.File("src/index.ts").Calls.Where(c => c.Kind == CallKind.Local).Select(c => c.Callee);
        Assert.Equal(["src/render.ts#Store.update", "src/render.ts#render", "src/render.ts#Cache.constructor", "src/index.ts#main"], local);
    }

    [Fact]
    public void Test_files_are_marked_and_their_module_is_no_entry_point()
    {
        var test = Results.File("src/render.test.ts");
        Assert.True(test.IsTest);
        Assert.Equal(EntryPointKind.None, test.Definitions[0].Entry);
    }

    [Fact]
    public void Names_of_a_multi_line_import_are_not_calls_when_the_source_is_there()
    {
        var multi = Results.File("src/multi.ts");
        Assert.Equal(["6:21 External lodash.kebabCase"], multi.Calls());
        Assert.Equal("src/multi.ts#<module>", multi.Calls.Single().Caller);
    }

    [Fact]
    public void Without_the_source_a_multi_line_import_counts_its_names_as_calls()
    {
        var bytes = File.ReadAllBytes(Sightline.Tests.TestPaths.TestData(Analysis.Project, "greeter-ts", "index.scip"));
        var multi = Analysis.Bytes("index.scip", bytes).File("src/multi.ts");
        Assert.Equal(["2:3 External lodash.kebabCase", "3:3 External lodash.capitalize", "6:21 External lodash.kebabCase"], multi.Calls());
    }
}
