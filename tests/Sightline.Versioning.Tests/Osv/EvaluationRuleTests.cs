using Sightline.Core.Advisories;
using Sightline.Versioning.Osv;
using Xunit;

namespace Sightline.Versioning.Tests.Osv;

/// <summary>The OSV evaluation rules no shared JSON record exercises, on records in testdata/ranges.</summary>
public sealed class EvaluationRuleTests
{
    [Theory]
    [InlineData("1.4.2", AffectedStatus.Affected)]
    [InlineData("1.4.2-rc.1", AffectedStatus.Affected)]
    [InlineData("1.0.0", AffectedStatus.Affected)]
    [InlineData("1.4.3", AffectedStatus.NotAffected)]
    [InlineData("0.9.0", AffectedStatus.NotAffected)]
    public void LastAffected_IsInclusive(string version, AffectedStatus expected)
    {
        var verdict = Evaluate("last-affected", "example-last-affected", version);
        Assert.Equal(expected, verdict.Status);
        Assert.Null(verdict.FixedIn);
    }

    [Theory]
    [InlineData("example-limit", "1.9.9", AffectedStatus.Affected)]
    [InlineData("example-limit", "2.0.0", AffectedStatus.NotAffected)]
    [InlineData("example-limit", "2.5.0", AffectedStatus.NotAffected)]
    [InlineData("example-limit", "3.1.0", AffectedStatus.Affected)]
    [InlineData("example-two-limits", "2.0.0", AffectedStatus.Affected)]
    [InlineData("example-two-limits", "2.5.0", AffectedStatus.NotAffected)]
    [InlineData("example-limit-below-fix", "1.5.0", AffectedStatus.Affected)]
    [InlineData("example-limit-below-fix", "2.5.0", AffectedStatus.NotAffected)]
    public void Limit_IsAnExclusiveUpperBoundOnTheRange_StarMeaningInfinity(string package, string version, AffectedStatus expected) =>
        Assert.Equal(expected, Evaluate("limit", package, version).Status);

    [Theory]
    [InlineData("example.com/listed", "1.1.0", "1.1.0")]
    [InlineData("example.com/listed", "v1.1.0", "1.1.0")]
    [InlineData("example.com/listed", "v1.2.0-rc.1", "1.2.0-rc.1")]
    [InlineData("Example.Listed", "2.0", "2.0.0")]
    [InlineData("Example.Listed", "2.0.1.5", "2.0.1.5")]
    [InlineData("example-listed-and-ranged", "1.5.0", "1.5.0")]
    public void Versions_MatchExactlyOrByTheSchemesEquality(string package, string version, string listed)
    {
        var verdict = Evaluate("versions-list", package, version);
        Assert.Equal(AffectedStatus.Affected, verdict.Status);
        Assert.Equal(listed, verdict.MatchedVersion);
    }

    [Theory]
    [InlineData("example.com/listed", "v1.3.0")]
    [InlineData("example.com/listed", "1.2.0")]
    [InlineData("Example.Listed", "2.0.1")]
    [InlineData("example-listed-and-ranged", "2.1.0")]
    public void Versions_OtherVersionsAreNotAffected(string package, string version) =>
        Assert.Equal(AffectedStatus.NotAffected, Evaluate("versions-list", package, version).Status);

    [Fact]
    public void Versions_AndRangeBothMatch_ReportsBoth()
    {
        var verdict = Evaluate("versions-list", "example-listed-and-ranged", "2.0.5");
        Assert.NotNull(verdict.MatchedRange);
        Assert.Equal("2.0.5", verdict.MatchedVersion);
        Assert.Equal("2.1.0", verdict.FixedIn);
    }

    [Fact]
    public void Versions_OnlyListAndUnparsableQuery_IsUnknown()
    {
        var verdict = Evaluate("versions-list", "example.com/listed", "master");
        Assert.Equal(AffectedStatus.Unknown, verdict.Status);
        Assert.Contains("'master'", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GitOnlyRange_IsUnknown()
    {
        var verdict = Evaluate("git", "example-git-only", "1.0.0");
        Assert.Equal(AffectedStatus.Unknown, verdict.Status);
        Assert.Equal("GIT range not evaluated", verdict.Reason);
        Assert.Single(verdict.SkippedRanges);
    }

    [Theory]
    [InlineData("2.2.2", AffectedStatus.Affected)]
    [InlineData("2.2.3", AffectedStatus.NotAffected)]
    public void GitRangeBesideAnEcosystemRange_IsSkippedAndReported(string version, AffectedStatus expected)
    {
        var verdict = Evaluate("git", "example-git-and-ecosystem", version);
        Assert.Equal(expected, verdict.Status);
        Assert.Equal(RangeType.Git, Assert.Single(verdict.SkippedRanges).Type);
    }

    [Fact]
    public void UnparsableEvent_IsUnknown_NamingTheText()
    {
        var verdict = Evaluate("unparsable", "example-bad-event", "4.17.15");
        Assert.Equal(AffectedStatus.Unknown, verdict.Status);
        Assert.Contains("'4.17.x'", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not.a.version")]
    [InlineData("1.2")]
    public void UnparsableQueriedVersion_IsUnknown_NamingTheText(string version)
    {
        var verdict = Evaluate("unparsable", "example-unsorted", version);
        Assert.Equal(AffectedStatus.Unknown, verdict.Status);
        Assert.Contains($"'{version}'", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.1.0", AffectedStatus.Affected)]
    [InlineData("2.1.0", AffectedStatus.Unknown)]
    public void OneBadRange_StillLetsAGoodRangeDecideAffected_ButNeverNotAffected(string version, AffectedStatus expected) =>
        Assert.Equal(expected, Evaluate("unparsable", "example-one-bad-range", version).Status);

    [Fact]
    public void UnsupportedEcosystem_IsUnknown()
    {
        var verdict = Evaluate("unparsable", "example-unsupported", "1.0-1");
        Assert.Equal(AffectedStatus.Unknown, verdict.Status);
        Assert.Contains("Debian:11", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.1.0", AffectedStatus.Affected, "1.2.0")]
    [InlineData("2.0.0", AffectedStatus.NotAffected, null)]
    [InlineData("3.0.5", AffectedStatus.Affected, "3.1.0")]
    [InlineData("3.1.0", AffectedStatus.NotAffected, null)]
    public void EventsOutOfOrder_AreSortedBeforeEvaluation(string version, AffectedStatus expected, string? fixedIn)
    {
        var verdict = Evaluate("unparsable", "example-unsorted", version);
        Assert.Equal(expected, verdict.Status);
        Assert.Equal(fixedIn, verdict.FixedIn);
    }

    [Fact]
    public void EntryWithNoRangesAndNoVersions_IsUnknown() =>
        Assert.Equal(AffectedStatus.Unknown, Evaluate("unparsable", "example-empty", "1.0.0").Status);

    private static AffectedVerdict Evaluate(string file, string package, string version) =>
        AffectedEvaluator.Evaluate(OsvJson.Range(file).Affected(package), version);
}
