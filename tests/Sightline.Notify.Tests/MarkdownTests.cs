using Sightline.Tests;
using Xunit;

namespace Sightline.Notify.Tests;

public sealed class MarkdownTests
{
    [Fact]
    public void TwoFindingNoticeMatchesTheGoldenFile()
    {
        var expected = File.ReadAllText(TestPaths.TestData("Sightline.Notify.Tests", "markdown", "two-findings.md"));

        Assert.Equal(expected.Split('\n'), NoticeRenderer.Markdown(Notices.TwoFindings).Split('\n'));
    }

    [Fact]
    public void MarkdownFormatPayloadIsTheBodyInUtf8()
    {
        var bytes = NoticeRenderer.Render(Notices.TwoFindings, NoticeFormat.Markdown);

        Assert.Equal(NoticeRenderer.Markdown(Notices.TwoFindings), System.Text.Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void UserTextCannotBreakTheTableOrInjectLinksOrHtml()
    {
        var finding = Notices.Ledger with
        {
            Repository = "evil|repo",
            Manifest = "a\nb",
            Package = "[x](https://evil.example)",
            VerdictDetail = "<img src=x onerror=alert(1)> *bold* _it_ `code` ~~s~~ &amp; #",
        };
        var markdown = NoticeRenderer.Markdown(Notices.TwoFindings with { Findings = [finding], Plan = null });
        var lines = markdown.Split('\n');

        Assert.Contains(@"| evil\|repo | a b | \[x\](https://evil.example) | 2.13.0 | 2.15.0, 2.12.2 | imported | - |", lines);
        Assert.Contains(@"## evil\|repo · a b", lines);
        Assert.Contains(@"- **Verdict:** imported — \<img src=x onerror=alert(1)\> \*bold\* \_it\_ \`code\` \~\~s\~\~ \&amp; \#", lines);
    }

    [Fact]
    public void TraceFramesWithBackticksGetALongerCodeSpan()
    {
        var finding = Notices.Ledger with { Trace = ["a `b` c", "`start"] };
        var lines = NoticeRenderer.Markdown(Notices.TwoFindings with { Findings = [finding] }).Split('\n');

        Assert.Contains("  1. ``a `b` c``", lines);
        Assert.Contains("  2. `` `start ``", lines);
    }

    [Fact]
    public void PlanFenceIsLongerThanAnyBacktickRunInThePlan()
    {
        var markdown = NoticeRenderer.Markdown(Notices.TwoFindings with { Plan = "step 1\r\n```\nrm -rf /\n```" });

        Assert.EndsWith("## Plan\n\n````text\nstep 1\n```\nrm -rf /\n```\n````\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AdvisoryLinkIsShownOnlyForHttpAddresses()
    {
        var notice = Notices.TwoFindings with { Advisory = Notices.Log4Shell with { Url = "javascript:alert(1)", Aliases = [], Summary = null } };

        var lines = NoticeRenderer.Markdown(notice).Split('\n');

        Assert.Equal("**CVE-2021-44228** · severity: critical 10.0", lines[2]);
        Assert.Equal("| Repository | Manifest | Package | Version | Fixed in | Verdict | Services |", lines[4]);
    }

    [Fact]
    public void NoFindingsMeansNoTable()
    {
        var markdown = NoticeRenderer.Markdown(new Notice("t", Notices.Log4Shell with { Score = null }, [], null));

        Assert.Equal(
            "# \\[critical\\] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 0 repositories of t\n\n"
            + "**[CVE-2021-44228](https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q)** · severity: critical · aliases: GHSA-jfh8-c2jp-5v3q\n\n"
            + "Remote code injection in Log4j\n",
            markdown);
    }
}
