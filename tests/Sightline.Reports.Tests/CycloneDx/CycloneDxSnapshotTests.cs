using Sightline.Tests;
using Xunit;

namespace Sightline.Reports.Tests.CycloneDx;

public sealed class CycloneDxSnapshotTests
{
    private static readonly string Golden = TestPaths.TestData("Sightline.Reports.Tests", "cyclonedx", "small.cdx.json");

    [Fact]
    public void SmallDocument_MatchesTheGoldenFileByteForByte()
    {
        var expected = File.ReadAllBytes(Golden);

        var actual = CycloneDxOutput.JsonBytes(CycloneDxSamples.Small);

        // Compared as lines first so a failure shows where; then as bytes so encoding, BOM and line ends count too.
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected).Split('\n'), System.Text.Encoding.UTF8.GetString(actual).Split('\n'));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void WritingTwice_GivesIdenticalBytes()
    {
        Assert.Equal(CycloneDxOutput.JsonBytes(CycloneDxSamples.Realistic), CycloneDxOutput.JsonBytes(CycloneDxSamples.Realistic));
        Assert.Equal(CycloneDxOutput.XmlBytes(CycloneDxSamples.Realistic), CycloneDxOutput.XmlBytes(CycloneDxSamples.Realistic));
    }

    [Fact]
    public void InputOrder_DoesNotChangeTheOutput()
    {
        var document = CycloneDxSamples.Realistic;
        var shuffled = document with
        {
            Components = [.. document.Components.Reverse()],
            Dependencies = [.. document.Dependencies.Reverse().Select(d => d with { DependsOn = [.. d.DependsOn.Reverse()] })],
        };

        Assert.Equal(CycloneDxOutput.JsonBytes(document), CycloneDxOutput.JsonBytes(shuffled));
        Assert.Equal(CycloneDxOutput.XmlBytes(document), CycloneDxOutput.XmlBytes(shuffled));
    }

    [Fact]
    public void Output_IsUtf8WithoutByteOrderMarkAndEndsWithOneNewline()
    {
        foreach (var bytes in new[] { CycloneDxOutput.JsonBytes(CycloneDxSamples.Small), CycloneDxOutput.XmlBytes(CycloneDxSamples.Small) })
        {
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal((byte)'\n', bytes[^1]);
            Assert.NotEqual((byte)'\n', bytes[^2]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }
}
