using Xunit;

namespace Sightline.Notify.Tests;

public sealed class TitleTests
{
    [Fact]
    public void NamesSeverityAdvisoryAliasesRepositoriesTeamAndHeadlineVerdict() =>
        Assert.Equal(Notices.Title, NoticeRenderer.Title(Notices.TwoFindings));

    [Fact]
    public void InProductionOnlyWhenAFindingWithTheHeadlineVerdictRunsInProduction()
    {
        var notice = Notices.TwoFindings with { Findings = [Notices.Ledger, Notices.PaymentsApi] };

        Assert.Equal("[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 2 repositories of team-payments — imported", NoticeRenderer.Title(notice));
    }

    [Fact]
    public void CountsRepositoriesNotFindings()
    {
        var notice = Notices.TwoFindings with { Findings = [Notices.Ledger, Notices.Ledger with { Manifest = "other/build.gradle" }] };

        Assert.Equal("[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 1 repository of team-payments — imported", NoticeRenderer.Title(notice));
    }

    [Fact]
    public void ShowsTwoAliasesAndCountsTheRest()
    {
        var advisory = Notices.Log4Shell with { Aliases = ["GHSA-1", "GHSA-2", "PYSEC-3", "GO-4"], SeverityBand = "", Score = null };
        var notice = new Notice("t", advisory, [], null);

        Assert.Equal("[unknown] CVE-2021-44228 (GHSA-1, GHSA-2, +2) affects 0 repositories of t", NoticeRenderer.Title(notice));
    }

    [Fact]
    public void StaysOneLineAndWithinTheIssueTitleLimit()
    {
        var notice = Notices.TwoFindings with { Team = "evil\r\nteam\t" + new string('x', 400) };

        var title = NoticeRenderer.Title(notice);

        Assert.Equal(255, title.Length);
        Assert.StartsWith("[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 2 repositories of evil team xxx", title, StringComparison.Ordinal);
        Assert.EndsWith("x…", title, StringComparison.Ordinal);
    }
}
