using Xunit;

namespace Sightline.Notify.Tests;

public sealed class MarkdownFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sightline-notify-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<DeliveryResult> WriteAsync(Notice notice)
    {
        using var sender = new NoticeSender();
        return await sender.SendAsync(notice, new NotificationTarget("files", NoticeFormat.Markdown, folder: Path.Combine(folder, "notices")));
    }

    [Fact]
    public async Task WritesTheBodyToAdvisoryIdAndTeamInTheFolder()
    {
        var result = await WriteAsync(Notices.TwoFindings);

        var path = Path.Combine(folder, "notices", "CVE-2021-44228-team-payments.md");
        Assert.Equal(new DeliveryResult(true, 1, "written", path), result);
        Assert.Equal(NoticeRenderer.Markdown(Notices.TwoFindings), await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(Path.Combine(folder, "notices"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AHostileTeamNameStaysInsideTheFolder()
    {
        var result = await WriteAsync(Notices.TwoFindings with { Team = "../../etc/x" });

        var path = Path.Combine(folder, "notices", "CVE-2021-44228-etc-x.md");
        Assert.Equal(new DeliveryResult(true, 1, "written", path), result);
        Assert.Equal([path], Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("..", "GHSA-xxxx", "GHSA-xxxx-unnamed.md")]
    [InlineData("team\\..\\..\\win", "GHSA-1", "GHSA-1-team-win.md")]
    [InlineData("/abs/path", "../ID", "ID-abs-path.md")]
    [InlineData("équipe paiements:\0*?", "CVE-1", "CVE-1-quipe-paiements.md")]
    [InlineData("team_a", "", "unnamed-team_a.md")]
    public async Task FileNamesKeepOnlyLettersDigitsDashesAndUnderscores(string team, string id, string expected)
    {
        var notice = Notices.TwoFindings with { Team = team, Advisory = Notices.Log4Shell with { Id = id } };

        var result = await WriteAsync(notice);

        Assert.Equal(Path.Combine(folder, "notices", expected), result.Location);
        Assert.Equal([result.Location!], Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task RewritingReplacesTheFileWholeAndLeavesNoTemporaryFile()
    {
        await WriteAsync(Notices.TwoFindings);

        var result = await WriteAsync(Notices.TwoFindings with { Plan = null });

        Assert.Equal(NoticeRenderer.Markdown(Notices.TwoFindings with { Plan = null }), await File.ReadAllTextAsync(result.Location!));
        Assert.Equal([result.Location!], Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AFolderThatIsAFileFailsWithAFixedOutcome()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "notices"), "in the way");

        var result = await WriteAsync(Notices.TwoFindings);

        Assert.Equal(new DeliveryResult(false, 1, "write failed: I/O error", null), result);
    }
}
