using System.Text;
using System.Text.Json;
using Xunit;

namespace Sightline.Notify.Tests;

/// <summary>Slack, Teams and GitHub limits, and escaping in chat formats.</summary>
public sealed class LimitsTests
{
    private static JsonDocument Parse(Notice notice, NoticeFormat format) => JsonDocument.Parse(NoticeRenderer.Render(notice, format));

    private static string Text(JsonElement block) => block.GetProperty("text").GetProperty("text").GetString()!;

    [Fact]
    public void SlackShowsFortySixOfSixtyFindingsWithinFiftyBlocks()
    {
        using var json = Parse(Notices.Many(60), NoticeFormat.Slack);
        var blocks = json.RootElement.GetProperty("blocks");

        Assert.Equal(50, blocks.GetArrayLength());
        Assert.StartsWith("*repo-46* ·", Text(blocks[47]), StringComparison.Ordinal);
        Assert.Equal("… and 14 more findings", Text(blocks[48]));
        Assert.Equal("context", blocks[49].GetProperty("type").GetString());
        Assert.Equal("Sightline · team-payments · 60 findings in 60 repositories", blocks[49].GetProperty("elements")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void SlackKeepsRoomForThePlanWhenTruncating()
    {
        using var json = Parse(Notices.Many(60, "bump everything"), NoticeFormat.Slack);
        var blocks = json.RootElement.GetProperty("blocks");

        Assert.Equal(50, blocks.GetArrayLength());
        Assert.Equal("… and 15 more findings", Text(blocks[47]));
        Assert.Equal("*Plan*\nbump everything", Text(blocks[48]));
    }

    [Fact]
    public void SlackShowsFortySevenFindingsWithoutTruncating()
    {
        using var json = Parse(Notices.Many(47), NoticeFormat.Slack);
        var blocks = json.RootElement.GetProperty("blocks");

        Assert.Equal(50, blocks.GetArrayLength());
        Assert.StartsWith("*repo-47* ·", Text(blocks[48]), StringComparison.Ordinal);
        Assert.DoesNotContain(blocks.EnumerateArray(), b => b.GetProperty("type").GetString() == "section" && Text(b).StartsWith('…'));
    }

    [Fact]
    public void SlackCutsAFindingOverThreeThousandCharactersAtALineAndCountsTheRest()
    {
        var finding = Notices.PaymentsApi with { VerdictDetail = new string('d', 5000) };
        using var json = Parse(Notices.TwoFindings with { Findings = [finding] }, NoticeFormat.Slack);

        Assert.Equal("*payments-api* · pom.xml\n`org.apache.logging.log4j:log4j-core@2.14.1` → 2.15.0\n… and 7 more", Text(json.RootElement.GetProperty("blocks")[2]));
    }

    [Fact]
    public void SlackCutsASingleHugeLineWithoutSplittingAnEntity()
    {
        // The cut falls at "&a|mp;": it backs off to before the '&'.
        var finding = Notices.PaymentsApi with { Repository = new string('r', 2983) + "&&&&&&&&&&" };
        using var json = Parse(Notices.TwoFindings with { Findings = [finding] }, NoticeFormat.Slack);
        var text = Text(json.RootElement.GetProperty("blocks")[2]);

        Assert.Equal("*" + new string('r', 2983) + "…\n… and 8 more", text);
        Assert.True(text.Length <= 3000);
    }

    [Fact]
    public void SlackShowsFiveTraceFramesAndCountsTheRest()
    {
        var finding = Notices.Ledger with { Trace = [.. Enumerable.Range(1, 8).Select(i => "frame " + i)] };
        using var json = Parse(Notices.TwoFindings with { Findings = [finding] }, NoticeFormat.Slack);

        Assert.EndsWith("Trace:\n• `frame 1`\n• `frame 2`\n• `frame 3`\n• `frame 4`\n• `frame 5`\n… and 3 more frames", Text(json.RootElement.GetProperty("blocks")[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void SlackEscapesControlCharactersSoMentionsAndLinksStayText()
    {
        var finding = Notices.Ledger with { Repository = "<!channel> & <https://evil.example|click>", Trace = ["a `b`"] };
        var notice = Notices.TwoFindings with { Team = "<@U123>", Findings = [finding] };
        using var json = Parse(notice, NoticeFormat.Slack);
        var blocks = json.RootElement.GetProperty("blocks");

        Assert.StartsWith("*&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;* · build.gradle\n", Text(blocks[2]), StringComparison.Ordinal);
        Assert.EndsWith("• `a ˋbˋ`", Text(blocks[2]), StringComparison.Ordinal);
        Assert.Equal("[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 1 repository of &lt;@U123&gt; — imported", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void SlackHeaderIsCutToOneHundredFiftyCharacters()
    {
        using var json = Parse(Notices.TwoFindings with { Team = new string('t', 200) }, NoticeFormat.Slack);
        var header = Text(json.RootElement.GetProperty("blocks")[0]);

        Assert.Equal(150, header.Length);
        Assert.EndsWith("t…", header, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamsDropsFindingsUntilTheCardFitsTheWebhookLimit()
    {
        var bytes = NoticeRenderer.Render(Notices.Many(300), NoticeFormat.Teams);
        using var json = JsonDocument.Parse(bytes);
        var body = json.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("body");
        var shown = body.EnumerateArray().Count(b => b.GetProperty("type").GetString() == "Container");

        Assert.True(bytes.Length <= 27 * 1024);
        Assert.InRange(shown, 1, 299);
        Assert.Equal($"… and {300 - shown} more findings", body[body.GetArrayLength() - 1].GetProperty("text").GetString());
    }

    [Fact]
    public void GitHubBodyStaysWithinSixtyFiveThousandCharacters()
    {
        using var json = Parse(Notices.Many(2000), NoticeFormat.GitHubIssue);
        var body = json.RootElement.GetProperty("body").GetString()!;

        Assert.InRange(body.Length, 60_000, 65_536);
        Assert.Matches(@"\n… and \d+ more findings not shown\.\n$", body);
    }

    [Fact]
    public void GitLabDescriptionKeepsEveryFindingOfALargeNotice()
    {
        using var json = Parse(Notices.Many(2000), NoticeFormat.GitLabIssue);

        Assert.Equal(NoticeRenderer.Markdown(Notices.Many(2000)), json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public void JsonIsWrittenByAJsonWriterWhateverTheText()
    {
        var hostile = "\"},{\"injected\":true,\"x\":\"\\\u0000\ud800";
        var notice = Notices.TwoFindings with { Team = hostile, Plan = hostile };

        using var json = Parse(notice, NoticeFormat.Json);

        Assert.Equal(["schema", "title", "team", "advisory", "findings", "plan"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("\"},{\"injected\":true,\"x\":\"\\\u0000", json.RootElement.GetProperty("team").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFormatRendersValidUtf8()
    {
        foreach (var format in Enum.GetValues<NoticeFormat>())
        {
            var bytes = NoticeRenderer.Render(Notices.TwoFindings, format);
            Assert.Equal(bytes, Encoding.UTF8.GetBytes(new UTF8Encoding(false, true).GetString(bytes)));
        }
    }
}
