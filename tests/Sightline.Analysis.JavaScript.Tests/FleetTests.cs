using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.JavaScript.Tests;

/// <summary>The sample fleet's JavaScript services, with their lodash call sites read from the sources.</summary>
public sealed class FleetTests
{
    [Fact]
    public void Acme_logging_calls_lodash_merge_template_and_set_where_the_source_does()
    {
        var results = Analysis.Folder(Fleet("acme-logging-js"));

        Assert.Equal(
            [
                "src/index.js:23:7 lodash.set", "src/index.js:33:20 lodash.merge", "src/index.js:34:20 lodash.template",
                "src/index.js:42:21 lodash.merge", "src/index.js:58:29 lodash.merge", "src/index.js:58:61 lodash.merge",
            ],
            LodashCalls(results));
        Assert.Equal(EntryPointKind.PackageExport, results.Definition("src/index.js#createLogger").Entry);
        Assert.True(results.File("test/index.test.js").IsTest);
    }

    [Fact]
    public void Admin_portal_calls_lodash_template_orderBy_and_per_method_modules()
    {
        var results = Analysis.Folder(Fleet("admin-portal"));

        Assert.Equal(
            [
                "packages/api/src/server.js:20:12 lodash.template", "packages/api/src/server.js:44:29 lodash.orderBy",
                "packages/ui/src/app.js:14:7 lodash.sortBy", "packages/ui/src/app.js:18:25 lodash.startCase",
            ],
            LodashCalls(results));
        Assert.Contains(results.File("packages/api/src/server.js").Calls, c => c.Kind == CallKind.Local && c.Callee == "packages/api/src/server.js#renderEmail" && c.Line == 52);
    }

    [Fact]
    public void Checkout_service_reaches_its_pricing_from_route_handlers_and_never_calls_lodash()
    {
        var results = Analysis.Folder(Fleet("checkout-service"));

        Assert.Empty(LodashCalls(results));
        var quote = results.Definition("src/routes/checkout.js#<anonymous@11:24>");
        Assert.Equal(EntryPointKind.HttpHandler, quote.Entry);
        Assert.Contains(results.File("src/routes/checkout.js").Calls, c => c.Caller == quote.Id && c.Kind == CallKind.Local && c.Callee == "src/pricing.js#priceCart");
        Assert.Contains(results.File("src/server.js").Calls, c => c.Callee == "@acme/logging.createLogger");
        Assert.Contains(results.File("scripts/build.js").Calls, c => c.Callee == "minimist");
    }

    private static string Fleet(string service) => Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", service);

    private static List<string> LodashCalls(IReadOnlyList<FileAnalysis> results) =>
        results.SelectMany(f => f.Calls.Where(c => c.Kind == CallKind.External && c.Callee!.StartsWith("lodash", StringComparison.Ordinal))
                .Select(c => $"{f.Path}:{c.Line}:{c.Column} {c.Callee}"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
