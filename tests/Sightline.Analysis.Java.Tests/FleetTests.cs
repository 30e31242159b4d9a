using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Java.Tests;

/// <summary>The sample fleet's Java service, with its log4j call sites read from the source.</summary>
public sealed class FleetTests
{
    [Fact]
    public void Inventory_service_logs_through_log4j_from_its_stock_endpoint()
    {
        var results = Analysis.Folder(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "inventory-service"));
        const string Path_ = "src/main/java/com/acme/inventory/InventoryController.java";

        Assert.Equal(
            [
                "11:50 External org.apache.logging.log4j.LogManager.getLogger com.acme.inventory.InventoryController.<clinit>",
                "16:13 External org.apache.logging.log4j.Logger.info com.acme.inventory.InventoryController.stock",
            ],
            results.File(Path_).Calls.Select(c => $"{c.Line}:{c.Column} {c.Kind} {c.Callee} {c.Caller}"));
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("com.acme.inventory.InventoryController.stock").Entry);
        Assert.Contains(results.File(Path_).Imports, i => i.Specifier == "org.apache.logging.log4j.Logger" && i.Line == 4);
    }
}
