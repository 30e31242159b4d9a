using Sightline.Advisories.Severity;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

public sealed class SeverityBandTests
{
    [Theory]
    [InlineData(0.0, SeverityBand.None)]
    [InlineData(0.1, SeverityBand.Low)]
    [InlineData(3.9, SeverityBand.Low)]
    [InlineData(4.0, SeverityBand.Medium)]
    [InlineData(6.9, SeverityBand.Medium)]
    [InlineData(7.0, SeverityBand.High)]
    [InlineData(8.9, SeverityBand.High)]
    [InlineData(9.0, SeverityBand.Critical)]
    [InlineData(10.0, SeverityBand.Critical)]
    [InlineData(10.1, SeverityBand.Unknown)]
    [InlineData(double.NaN, SeverityBand.Unknown)]
    public void FromScore_RatingScaleBoundaries_MapToTheSpecificationBands(double score, SeverityBand expected)
    {
        Assert.Equal(expected, SeverityBands.FromScore(score));
    }

    [Theory]
    [InlineData("low", SeverityBand.Low)]
    [InlineData("Medium", SeverityBand.Medium)]
    [InlineData("HIGH", SeverityBand.High)]
    [InlineData(" critical ", SeverityBand.Critical)]
    public void ParseBand_CliSpelling_IsCaseInsensitive(string text, SeverityBand expected)
    {
        Assert.Equal(expected, AdvisorySeverity.ParseBand(text));
    }

    [Theory]
    [InlineData("moderate")]
    [InlineData("none")]
    [InlineData("unknown")]
    [InlineData("hi")]
    [InlineData("")]
    public void ParseBand_AnythingElse_ThrowsFormatExceptionListingTheChoices(string text)
    {
        var error = Assert.Throws<FormatException>(() => AdvisorySeverity.ParseBand(text));

        Assert.Contains("low, medium, high, critical", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_AreOrderedBySeverity_SoThresholdsCompareNumerically()
    {
        Assert.True(SeverityBand.Critical > SeverityBand.High);
        Assert.True(SeverityBand.High > SeverityBand.Medium);
        Assert.True(SeverityBand.Medium > SeverityBand.Low);
        Assert.True(SeverityBand.Low > SeverityBand.None);
    }

    [Theory]
    [InlineData("LOW", SeverityBand.Low)]
    [InlineData("MODERATE", SeverityBand.Medium)]
    [InlineData("HIGH", SeverityBand.High)]
    [InlineData("CRITICAL", SeverityBand.Critical)]
    public void FromDatabaseLabel_GhsaLabels_MapToBands(string label, SeverityBand expected)
    {
        Assert.Equal(expected, SeverityBands.FromDatabaseLabel(label));
    }
}
