using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.JavaScript.Tests;

/// <summary>
/// The testdata projects list every call site they contain in expected.tsv (file, line, column, kind,
/// callee, caller), labelled by hand from the sources: require with destructuring and aliases, ESM
/// default/named/namespace imports, re-exports, dynamic import, deep and per-method imports, package
/// instances, handlers registered as callbacks, a helper chain, unreached code and test-only use.
/// </summary>
public sealed class LabelledCallsTests
{
    [Theory]
    [InlineData("shop-js")]
    [InlineData("ledger-ts")]
    public void Every_labelled_call_site_is_found_and_nothing_else(string project)
    {
        var root = TestPaths.TestData("Sightline.Analysis.JavaScript.Tests", project);
        var expected = Expected(Path.Combine(root, "expected.tsv"));
        var found = Analysis.Folder(root)
            .SelectMany(f => f.Calls.Select(c => Row(f.Path, c)))
            .ToHashSet(StringComparer.Ordinal);

        var truePositives = found.Count(expected.Contains);
        var precision = truePositives / (double)found.Count;
        var recall = truePositives / (double)expected.Count;

        Assert.True(precision == 1.0, $"precision {precision:P1}; not labelled: {string.Join(" | ", found.Except(expected))}");
        Assert.True(recall == 1.0, $"recall {recall:P1}; missed: {string.Join(" | ", expected.Except(found))}");
    }

    [Theory]
    [InlineData("shop-js", "src/receipts.js#unusedReport")]
    [InlineData("ledger-ts", "src/legacy.ts#legacyRender")]
    public void Unreached_functions_are_no_entry_point_and_nothing_refers_to_them(string project, string id)
    {
        var results = Analysis.Folder(TestPaths.TestData("Sightline.Analysis.JavaScript.Tests", project));

        Assert.Equal(EntryPointKind.None, results.Definition(id).Entry);
        Assert.DoesNotContain(results.SelectMany(r => r.Calls), c => c.Callee == id);
    }

    [Theory]
    [InlineData("shop-js", "test/server.test.js")]
    [InlineData("ledger-ts", "src/store.test.ts")]
    public void Test_files_are_marked_and_their_module_code_is_no_entry_point(string project, string path)
    {
        var file = Analysis.Folder(TestPaths.TestData("Sightline.Analysis.JavaScript.Tests", project)).File(path);

        Assert.True(file.IsTest);
        Assert.Equal(EntryPointKind.None, file.Definitions[0].Entry);
        Assert.Contains(file.Calls, c => c.Callee == "lodash.merge");
    }

    private static string Row(string path, CodeCall call) =>
        string.Join('\t', path, call.Line, call.Column, call.Kind, call.Callee ?? "-", call.Caller?[(call.Caller.IndexOf('#', StringComparison.Ordinal) + 1)..]);

    private static HashSet<string> Expected(string path) =>
        System.IO.File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
}
