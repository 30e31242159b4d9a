using Sightline.Advisories.Severity;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

/// <summary>The 30 GitHub-reviewed OSV records in ../shared/data/osv/ghsa.</summary>
public sealed class GhsaDataTests
{
    [Fact]
    public void EveryCvssVectorInTheGhsaSample_ParsesAndScores()
    {
        var files = OsvTestReader.AllFiles();
        var vectors = files.Select(OsvTestReader.Read)
            .SelectMany(a => a.Severity.Concat(a.Affected.SelectMany(p => p.Severity ?? [])))
            .ToList();

        Assert.Equal(30, files.Count);
        Assert.True(vectors.Count >= 29, $"expected a vector in nearly every record, found {vectors.Count}");
        Assert.All(vectors, v =>
        {
            double score = v.Type == "CVSS_V4" ? Cvss4Vector.Parse(v.Score).Score : Cvss3Vector.Parse(v.Score).BaseScore;
            Assert.InRange(score, 0.1, 10.0);
        });
    }

    [Fact]
    public void EveryGhsaRecord_GetsABandThatAgreesWithGhsaLabel()
    {
        // GHSA derives its label from its own CVSS score, so our band must match it record for record.
        foreach (var advisory in OsvTestReader.AllFiles().Select(OsvTestReader.Read))
        {
            var result = AdvisorySeverity.From(advisory, null);
            var label = AdvisorySeverity.From(advisory with { Severity = [] }, null);

            Assert.Empty(result.Warnings);
            Assert.Equal(SeveritySources.GhsaDatabaseSpecific, label.Source);
            Assert.True(label.Band == result.Band, $"{advisory.Id}: {result.Band} from {result.Vector}, GHSA says {label.Band}");
        }
    }

    [Fact]
    public void Log4Shell_GhsaJfh8_IsCritical10FromCvssV3()
    {
        var result = AdvisorySeverity.From(OsvTestReader.Load("GHSA-jfh8-c2jp-5v3q"), null);

        Assert.Equal(10.0, result.Score);
        Assert.Equal(SeverityBand.Critical, result.Band);
        Assert.Equal(SeveritySources.CvssV3, result.Source);
        Assert.Equal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", result.Vector);
    }

    [Fact]
    public void SystemTextJsonDos_Ghsa8g4q_PrefersItsCvssV4Vector()
    {
        var advisory = OsvTestReader.Load("GHSA-8g4q-xg66-9fp4");
        var result = AdvisorySeverity.From(advisory, advisory.Affected[0]);

        Assert.Equal(SeveritySources.CvssV4, result.Source);
        Assert.Equal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:H/SC:N/SI:N/SA:N", result.Vector);
        Assert.Equal(8.8, result.Score);
        Assert.Equal(SeverityBand.High, result.Band);
    }

    [Fact]
    public void EmptySeverityArray_Ghsa3hhc_FallsBackToDatabaseSpecificHigh()
    {
        var advisory = OsvTestReader.Load("GHSA-3hhc-qp5v-9p2j");
        var result = AdvisorySeverity.From(advisory, advisory.Affected[0]);

        Assert.Empty(advisory.Severity);
        Assert.Equal(SeveritySources.GhsaDatabaseSpecific, result.Source);
        Assert.Equal(SeverityBand.High, result.Band);
        Assert.Null(result.Score);
        Assert.Null(result.Vector);
    }

    [Theory]
    [InlineData("GHSA-36p3-wjmg-h94x", 9.8, SeverityBand.Critical)] // Spring4Shell
    [InlineData("GHSA-j8r2-6x86-q33q", 6.1, SeverityBand.Medium)] // scope changed; GHSA says MODERATE
    [InlineData("GHSA-35jh-r3h4-6jhm", 7.2, SeverityBand.High)]
    [InlineData("GHSA-c2qf-rxjj-qqgw", 5.3, SeverityBand.Medium)]
    [InlineData("GHSA-7rjr-3q55-vv33", 9.0, SeverityBand.Critical)] // Log4j CVE-2021-45046, scope changed
    public void WellKnownGhsaRecords_ScoreAndBandAsGitHubPublishes(string id, double score, SeverityBand band)
    {
        var result = AdvisorySeverity.From(OsvTestReader.Load(id), null);

        Assert.Equal(score, result.Score);
        Assert.Equal(band, result.Band);
    }
}
