using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Scip.Tests;

/// <summary>Index shapes the fixtures do not show, written by <see cref="IndexWriter"/>.</summary>
public sealed class HandBuiltIndexTests
{
    private const string Own = "scip-python python app 1.0 ";
    private const string Yaml = "scip-python python PyYAML 6.0 yaml/";

    [Fact]
    public void The_caller_is_the_innermost_enclosing_definition()
    {
        var results = Analysis.Bytes("index.scip", IndexWriter.Index("scip-python", ("app/m.py",
        [
            new IndexWriter.Occurrence([0, 4, 9], Own + "`app.m`/outer().", 1, [0, 0, 5, 0]),
            new IndexWriter.Occurrence([1, 8, 13], Own + "`app.m`/outer().inner().", 1, [1, 4, 3, 0]),
            new IndexWriter.Occurrence([2, 8, 12], Yaml + "load()."),
            new IndexWriter.Occurrence([4, 4, 13], Yaml + "safe_load()."),
            new IndexWriter.Occurrence([6, 0, 5], Own + "`app.m`/outer()."),
        ])));
        Assert.Equal(
            ["app.m.outer.inner yaml.load", "app.m.outer yaml.safe_load", "app/m.py#<module> app.m.outer"],
            results.Single().Calls.Select(c => c.Caller + " " + c.Callee));
        Assert.Equal(CallKind.Local, results.Single().Calls[^1].Kind);
    }

    [Fact]
    public void Without_an_enclosing_range_a_definition_spans_its_name_only()
    {
        var results = Analysis.Bytes("index.scip", IndexWriter.Index("scip-python", ("m.py",
        [
            new IndexWriter.Occurrence([0, 4, 5], Own + "m/f().", 1),
            new IndexWriter.Occurrence([1, 4, 8], Yaml + "load()."),
        ])));
        var file = results.Single();
        Assert.Equal((1, 1), (file.Definitions[1].StartLine, file.Definitions[1].EndLine));
        // No module symbol in this index: top-level code gets the path form.
        Assert.Equal("m.py#<module>", file.Calls.Single().Caller);
    }

    [Fact]
    public void Document_paths_are_relative_to_the_folder_holding_the_index()
    {
        var results = Analysis.Bytes("services/api/index.scip", IndexWriter.Index("scip-python", ("m.py", [new IndexWriter.Occurrence([0, 0, 1], Yaml + "load().")])));
        Assert.Equal("services/api/m.py", results.Single().Path);
    }

    [Fact]
    public void References_to_variables_and_types_are_not_calls()
    {
        var results = Analysis.Bytes("index.scip", IndexWriter.Index("scip-python", ("m.py",
        [
            new IndexWriter.Occurrence([0, 0, 1], Yaml + "Loader#"),
            new IndexWriter.Occurrence([1, 0, 1], Yaml + "VERSION."),
            new IndexWriter.Occurrence([2, 0, 1], "local 3"),
        ])));
        Assert.Empty(results.Single().Calls);
    }
}
