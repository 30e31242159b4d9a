using System.Text;
using Sightline.Tests;
using Xunit;

namespace Sightline.Reports.Tests.Vex;

public sealed class VexSnapshotTests
{
    private static readonly string OpenVexGolden = TestPaths.TestData("Sightline.Reports.Tests", "vex", "small.openvex.json");

    private static readonly string CycloneDxGolden = TestPaths.TestData("Sightline.Reports.Tests", "vex", "small.vex.cdx.json");

    [Fact]
    public void SmallDocumentAsOpenVex_MatchesTheGoldenFileByteForByte() =>
        AssertGolden(OpenVexGolden, VexOutput.OpenVexBytes(VexSamples.Small));

    [Fact]
    public void SmallDocumentAsCycloneDx_MatchesTheGoldenFileByteForByte() =>
        AssertGolden(CycloneDxGolden, VexOutput.CycloneDxBytes(VexSamples.Small));

    [Fact]
    public void WritingTwice_GivesIdenticalBytes()
    {
        Assert.Equal(VexOutput.OpenVexBytes(VexSamples.Every), VexOutput.OpenVexBytes(VexSamples.Every));
        Assert.Equal(VexOutput.CycloneDxBytes(VexSamples.Every), VexOutput.CycloneDxBytes(VexSamples.Every));
    }

    [Fact]
    public void StatementAndSubcomponentOrder_DoesNotChangeTheOutput()
    {
        var document = VexSamples.Every;
        var shuffled = document with
        {
            Statements = [.. document.Statements.Reverse().Select(s => s with { Subcomponents = [.. s.Subcomponents.Reverse()] })],
        };

        Assert.Equal(VexOutput.OpenVexBytes(document), VexOutput.OpenVexBytes(shuffled));
        Assert.Equal(VexOutput.CycloneDxBytes(document), VexOutput.CycloneDxBytes(shuffled));
    }

    [Fact]
    public void Output_IsUtf8WithoutByteOrderMarkAndEndsWithOneNewline()
    {
        foreach (var bytes in new[] { VexOutput.OpenVexBytes(VexSamples.Small), VexOutput.CycloneDxBytes(VexSamples.Small) })
        {
            Assert.Equal((byte)'{', bytes[0]);
            Assert.Equal((byte)'\n', bytes[^1]);
            Assert.NotEqual((byte)'\n', bytes[^2]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    private static void AssertGolden(string golden, byte[] actual)
    {
        var expected = File.ReadAllBytes(golden);

        // Compared as lines first so a failure shows where; then as bytes so encoding, BOM and line ends count too.
        Assert.Equal(Encoding.UTF8.GetString(expected).Split('\n'), Encoding.UTF8.GetString(actual).Split('\n'));
        Assert.Equal(expected, actual);
    }
}
