using System.Text;
using Xunit;
using static Sightline.Ecosystems.Tests.Sbom.SbomTestSupport;

namespace Sightline.Ecosystems.Tests.Sbom;

public class SbomLargeInputTests
{
    private const int Count = 30_000;

    private static long Allocated(string json)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Empty(Inline("bom.json", json).Errors);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A chain p0 → p1 → … → p29999 closed into a cycle: deep enough to break anything recursive.</summary>
    private static string ChainOfComponents(int count)
    {
        var json = new StringBuilder("""{"bomFormat":"CycloneDX","specVersion":"1.5","metadata":{"component":{"bom-ref":"app","name":"app"}},"components":[""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append($$"""{"bom-ref":"r{{i}}","name":"p{{i}}","version":"1.0.{{i}}","purl":"pkg:npm/p{{i}}@1.0.{{i}}"}""");
        }

        json.Append("""],"dependencies":[{"ref":"app","dependsOn":["r0"]}""");
        for (var i = 0; i < count; i++)
        {
            json.Append($$""",{"ref":"r{{i}}","dependsOn":["r{{(i + 1) % count}}"]}""");
        }

        return json.Append("]}").ToString();
    }

    [Fact]
    public void ThirtyThousandComponentsInOneLongCycle_AreAllRead_WithoutRecursionOrLooping()
    {
        var json = ChainOfComponents(Count);

        var result = Inline("bom.json", json);

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal(Count, graph.Nodes.Count - 1);
        Assert.Equal(Count + 1, graph.Edges.Count);
        Assert.Equal("p29999@1.0.29999", graph.Nodes[^1].ToString());
    }

    [Fact]
    public void ThirtyThousandComponents_AllocateInProportionToTheFile_NotToItsSquare()
    {
        var small = ChainOfComponents(Count / 10);
        var large = ChainOfComponents(Count);

        var allocatedSmall = Allocated(small);
        var allocatedLarge = Allocated(large);

        // About 20 bytes per byte of SBOM (document, strings, graph, indexes); ten times the input costs
        // about ten times the memory, where anything quadratic would cost a hundred.
        Assert.True(allocatedLarge < 30L * large.Length, $"allocated {allocatedLarge:N0} bytes for a {large.Length:N0}-byte SBOM");
        Assert.True(allocatedLarge < 15 * allocatedSmall, $"{allocatedSmall:N0} bytes for {Count / 10:N0} components, {allocatedLarge:N0} for {Count:N0}");
    }
}
