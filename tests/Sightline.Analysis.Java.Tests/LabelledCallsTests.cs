using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Java.Tests;

/// <summary>
/// The acme-shop testdata project (a library module and a Spring web module) lists every call site it
/// contains in expected.tsv (file, line, column, kind, callee, caller), labelled by hand from the sources:
/// a controller → service → AuditLog.record → Logger.info chain, Lombok @Slf4j, a static import, an
/// on-demand import, var, super/this, a nested class, an anonymous class, a method reference passed as a
/// callback, a lambda, an unreached private method calling Logger.error and a test-only call.
/// </summary>
public sealed class LabelledCallsTests
{
    private static readonly string Root = TestPaths.TestData("Sightline.Analysis.Java.Tests", "acme-shop");

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
    public void The_unreached_private_method_is_no_entry_point_and_nothing_calls_it()
    {
        var results = Analysis.Folder(Root);

        Assert.Equal(EntryPointKind.None, results.Definition("com.acme.commons.AuditLog.unusedAlarm").Entry);
        Assert.DoesNotContain(results.SelectMany(r => r.Calls), c => c.Callee == "com.acme.commons.AuditLog.unusedAlarm");
    }

    [Fact]
    public void The_test_file_is_marked_and_its_methods_are_no_entry_points()
    {
        var file = Analysis.Folder(Root).File("web/src/test/java/com/acme/web/OrderServiceTest.java");

        Assert.True(file.IsTest);
        Assert.All(file.Definitions, d => Assert.Equal(EntryPointKind.None, d.Entry));
        Assert.Contains(file.Calls, c => c.Callee == "org.apache.logging.log4j.Logger.warn");
    }

    [Fact]
    public void Entry_points_are_main_the_controller_action_and_the_library_s_public_api()
    {
        var results = Analysis.Folder(Root);

        Assert.Equal(EntryPointKind.Main, results.Definition("com.acme.web.Application.main").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("com.acme.web.OrderController.order").Entry);
        Assert.Equal(EntryPointKind.PublicApi, results.Definition("com.acme.commons.AuditLog.record").Entry);
        Assert.Equal(EntryPointKind.PublicApi, results.Definition("com.acme.commons.Strings.clean").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("com.acme.web.OrderService.place").Entry);
    }
}
