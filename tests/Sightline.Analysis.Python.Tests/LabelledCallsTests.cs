using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Python.Tests;

/// <summary>
/// testdata/pyshop lists every call site it contains in expected.tsv (file, line, column, kind, callee,
/// caller), labelled by hand from the sources: import, aliases, from-import, star import, module attributes,
/// relative imports, a package re-export, classes and instances (self attributes included), callbacks,
/// Flask/FastAPI/Celery decorators, Django url patterns, console scripts, __main__, unreached code and a test.
/// </summary>
public sealed class LabelledCallsTests
{
    private static string Root => TestPaths.TestData("Sightline.Analysis.Python.Tests", "pyshop");

    [Fact]
    public void Every_labelled_call_site_is_found_and_nothing_else()
    {
        var expected = System.IO.File.ReadAllLines(Path.Combine(Root, "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var found = Analysis.Folder(Root)
            .SelectMany(f => f.Calls.Select(c => string.Join('\t', f.Path, c.Line, c.Column, c.Kind, c.Callee ?? "-", c.Caller)))
            .ToHashSet(StringComparer.Ordinal);

        var truePositives = found.Count(expected.Contains);
        var precision = truePositives / (double)found.Count;
        var recall = truePositives / (double)expected.Count;

        Assert.True(precision == 1.0, $"precision {precision:P1}; not labelled: {string.Join(" | ", found.Except(expected))}");
        Assert.True(recall == 1.0, $"recall {recall:P1}; missed: {string.Join(" | ", expected.Except(found))}");
    }

    [Fact]
    public void The_unreached_loader_is_no_entry_point_and_nothing_refers_to_it()
    {
        var results = Analysis.Folder(Root);

        Assert.Equal(EntryPointKind.None, results.Definition("pyshop.helpers.unused_loader").Entry);
        Assert.DoesNotContain(results.SelectMany(r => r.Calls), c => c.Callee == "pyshop.helpers.unused_loader");
    }

    [Fact]
    public void Test_files_are_marked_and_their_module_code_is_no_entry_point()
    {
        var file = Analysis.Folder(Root).File("tests/test_helpers.py");

        Assert.True(file.IsTest);
        Assert.All(file.Definitions, d => Assert.Equal(EntryPointKind.None, d.Entry));
        Assert.Contains(file.Calls, c => c.Callee == "yaml.load");
    }

    [Fact]
    public void Definitions_have_ids_from_the_package_path_and_ranges()
    {
        var results = Analysis.Folder(Root);

        var price = results.Definition("pyshop.models.Order.price");
        Assert.Equal((DefinitionKind.Method, 6, 7, 5), (price.Kind, price.StartLine, price.EndLine, price.StartColumn));
        var order = results.Definition("pyshop.models.Order");
        Assert.Equal((DefinitionKind.Constructor, 1, 7), (order.Kind, order.StartLine, order.EndLine));
        var inner = results.Definition("pyshop.nested.outer.inner");
        Assert.Equal((DefinitionKind.Function, 7, 8), (inner.Kind, inner.StartLine, inner.EndLine));
        Assert.Equal(13, results.Definition("pyshop.nested.outer").EndLine);
    }
}
