using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Scip.Tests;

/// <summary>The real index scip-python 0.6.6 wrote for testdata/fixtureapp-py.</summary>
public sealed class PythonIndexTests
{
    private static readonly IReadOnlyList<FileAnalysis> Results = Analysis.Folder("fixtureapp-py");

    [Fact]
    public void Documents_are_reported_under_the_indexer_name()
    {
        Assert.Equal(["app/__init__.py", "app/config.py", "app/main.py", "app/multi.py", "tests/test_config.py"], Results.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.All(Results, r => Assert.Equal("scip-python", r.Language));
    }

    [Fact]
    public void Yaml_load_is_named_by_module_not_by_distribution()
    {
        var call = Results.File("app/config.py").Calls.Single(c => c.Text == "load");
        Assert.Equal((CallKind.External, "yaml.load", "app.config.load_config", 6, 21), (call.Kind, call.Callee, call.Caller, call.Line, call.Column));
    }

    [Fact]
    public void Definition_ids_are_dotted_module_paths()
    {
        Assert.Equal(
            ["app.config.<module>", "app.config.load_config", "app.config.Settings.__init__", "app.config.Settings.dump"],
            Results.File("app/config.py").Definitions.Select(d => d.Id));
    }

    [Fact]
    public void Calling_a_class_calls_its_init()
    {
        var call = Results.File("app/main.py").Calls.Single(c => c.Line == 6);
        Assert.Equal((CallKind.Local, "app.config.Settings.__init__"), (call.Kind, call.Callee));
    }

    [Fact]
    public void From_imports_name_functions_without_calling_them()
    {
        var main = Results.File("app/main.py");
        Assert.DoesNotContain(main.Calls, c => c.Line is 1 or 2);
        Assert.Equal([("yaml", "PyYAML", 2)], main.Imports.Select(i => (i.Specifier, i.Package, i.Line)));
    }

    [Fact]
    public void Test_modules_are_test_code()
    {
        Assert.True(Results.File("tests/test_config.py").IsTest);
        Assert.False(Results.File("app/main.py").IsTest);
    }

    [Fact]
    public void Names_in_parenthesised_from_imports_are_not_calls()
    {
        var multi = Results.File("app/multi.py");
        Assert.Equal(["6:12 External yaml.safe_load"], multi.Calls());
        Assert.Equal([("yaml", "PyYAML", 1)], multi.Imports.Select(i => (i.Specifier, i.Package, i.Line)));
    }
}
