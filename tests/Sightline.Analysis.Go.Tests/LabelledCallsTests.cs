using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Go.Tests;

/// <summary>
/// shop-go lists every call site it contains in expected.tsv (file, line, column, kind, callee, caller),
/// labelled by hand from the sources, with real symbols of Go advisories (GO-2022-0969
/// golang.org/x/net/http2 Server.ServeConn, GO-2021-0113 golang.org/x/text/language Parse): aliases, dot
/// imports, methods with receivers, method values and expressions, promoted methods, type switches,
/// handler registration, go/defer, unreached functions and test-only use.
/// </summary>
public sealed class LabelledCallsTests
{
    private static readonly string Root = TestPaths.TestData("Sightline.Analysis.Go.Tests", "shop-go");

    [Fact]
    public void Every_labelled_call_site_is_found_and_nothing_else()
    {
        var expected = System.IO.File.ReadAllLines(Path.Combine(Root, "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var found = Analysis.Folder(Root)
            .SelectMany(f => f.Calls.Select(c => Row(f.Path, c)))
            .ToHashSet(StringComparer.Ordinal);

        var truePositives = found.Count(expected.Contains);
        var precision = truePositives / (double)found.Count;
        var recall = truePositives / (double)expected.Count;

        Assert.True(precision == 1.0, $"precision {precision:P1}; not labelled: {string.Join(" | ", found.Except(expected))}");
        Assert.True(recall == 1.0, $"recall {recall:P1}; missed: {string.Join(" | ", expected.Except(found))}");
    }

    [Theory]
    [InlineData("github.com/acme/shop/handlers.unusedReport")]
    [InlineData("github.com/acme/shop/lang.Best")]
    public void Unreached_functions_are_no_entry_point_and_nothing_refers_to_them(string id)
    {
        var results = Analysis.Folder(Root);

        Assert.Equal(EntryPointKind.None, results.Definition(id).Entry);
        Assert.DoesNotContain(results.SelectMany(r => r.Calls), c => c.Callee == id);
    }

    [Fact]
    public void Test_files_are_marked_and_their_functions_are_no_entry_point()
    {
        var file = Analysis.Folder(Root).File("handlers/handlers_test.go");

        Assert.True(file.IsTest);
        Assert.All(file.Definitions, d => Assert.Equal(EntryPointKind.None, d.Entry));
        Assert.Contains(file.Calls, c => c.Callee == "golang.org/x/text/language.Parse");
    }

    internal static string Row(string path, CodeCall call)
    {
        var caller = call.Caller is null ? "-" : call.Caller[(call.Caller.LastIndexOf('/') + 1)..];
        return string.Join('\t', path, call.Line, call.Column, call.Kind, call.Callee ?? "-", caller);
    }
}
