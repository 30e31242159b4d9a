using Sightline.Advisories.Severity;
using Sightline.Core.Advisories;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

public sealed class AdvisorySeverityTests
{
    private const string V4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"; // 9.3
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"; // 7.5
    private const string V30 = "CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N"; // 3.1

    [Fact]
    public void From_RecordWithAllVersions_PrefersV4ThenV31ThenV30()
    {
        Assert.Equal(V4, From(record: [new("CVSS_V3", V30), new("CVSS_V3", V31), new("CVSS_V4", V4)]).Vector);
        Assert.Equal(V31, From(record: [new("CVSS_V3", V30), new("CVSS_V3", V31)]).Vector);
        Assert.Equal(V30, From(record: [new("CVSS_V3", V30)]).Vector);
    }

    [Fact]
    public void From_AffectedEntryWithItsOwnSeverity_WinsOverTheRecord()
    {
        var result = From(record: [new("CVSS_V4", V4)], affected: [new("CVSS_V3", V30)]);

        Assert.Equal(V30, result.Vector);
        Assert.Equal(3.1, result.Score);
        Assert.Equal(SeverityBand.Low, result.Band);
        Assert.Equal(SeveritySources.CvssV3, result.Source);
    }

    [Fact]
    public void From_InvalidV4Vector_WarnsAndFallsThroughToV3()
    {
        var result = From(record: [new("CVSS_V4", "CVSS:4.0/AV:X"), new("CVSS_V3", V31)]);

        Assert.Equal(V31, result.Vector);
        Assert.Equal(7.5, result.Score);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("invalid CVSS_V4 vector 'CVSS:4.0/AV:X'", warning, StringComparison.Ordinal);
        Assert.Equal(warning, result.Warning);
    }

    [Fact]
    public void From_EmptyVectorAndInvalidAffectedVector_FallThroughToTheRecord()
    {
        var result = From(record: [new("CVSS_V3", V31)], affected: [new("CVSS_V3", ""), new("CVSS_V4", "garbage")]);

        Assert.Equal(V31, result.Vector);
        Assert.Equal(2, result.Warnings.Count);
        Assert.Contains(result.Warnings, w => w.Contains("empty CVSS_V3 vector", StringComparison.Ordinal));
    }

    [Fact]
    public void From_OnlyInvalidVectors_FallsBackToGhsaLabelAndKeepsTheWarnings()
    {
        var result = From(record: [new("CVSS_V3", "CVSS:3.1/AV:N")], databaseSpecific: """{"severity": "MODERATE"}""");

        Assert.Equal(SeveritySources.GhsaDatabaseSpecific, result.Source);
        Assert.Equal(SeverityBand.Medium, result.Band);
        Assert.Null(result.Score);
        Assert.Contains("missing mandatory metric(s)", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void From_NothingUsable_IsUnknownFromNone()
    {
        var result = From(record: [new("CVSS_V2", "AV:N/AC:L/Au:N/C:P/I:P/A:P"), new("Ubuntu", "high")]);

        Assert.Equal(SeveritySources.None, result.Source);
        Assert.Equal(SeverityBand.Unknown, result.Band);
        Assert.Null(result.Score);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("""{"severity": "SEVERE"}""", "unknown database_specific.severity 'SEVERE'")]
    [InlineData("""{"severity": """, "not valid JSON")]
    public void From_BadDatabaseSpecific_WarnsInsteadOfThrowing(string json, string warning)
    {
        var result = From(record: [], databaseSpecific: json);

        Assert.Equal(SeverityBand.Unknown, result.Band);
        Assert.Contains(warning, Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void From_DatabaseSpecificWithoutSeverity_IsUnknownWithoutWarning()
    {
        var result = From(record: [], databaseSpecific: """{"cwe_ids": []}""");

        Assert.Equal(SeveritySources.None, result.Source);
        Assert.Empty(result.Warnings);
    }

    private static AdvisorySeverityResult From(
        IReadOnlyList<SeverityVector> record,
        IReadOnlyList<SeverityVector>? affected = null,
        string? databaseSpecific = null)
    {
        var package = new AffectedPackage("npm", null, "left-pad", null, [], [], Severity: affected);
        var advisory = new Advisory
        {
            Id = "GHSA-test-test-test",
            Severity = record,
            Affected = [package],
            DatabaseSpecificJson = databaseSpecific,
        };
        return AdvisorySeverity.From(advisory, package);
    }
}
