using System.Text;
using Sightline.Fleet.Ownership;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>Inputs built to hurt: huge files, binary bytes, long lines, patterns that backtrack.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void FileOverThreeMegabytesIsReportedAndYieldsNoRules()
    {
        var text = new StringBuilder();
        while (text.Length < 4 * 1024 * 1024)
        {
            text.Append("/some/fairly/long/directory/path/that/repeats/ @org/some-team\n");
        }

        var file = Owners.GitHub(text.ToString());

        Assert.Empty(file.Rules);
        var problem = Assert.Single(file.Problems);
        Assert.Equal("CODEOWNERS is over 3 MB, GitHub's limit: GitHub does not load it, so no rule applies", problem.Message);
        Assert.True(problem.Line > 40_000);
        Assert.False(file.Match("some/fairly/long/directory/path/that/repeats/x").Matched);
    }

    [Fact]
    public void LineWithANulCharacterIsReportedAndSkipped()
    {
        var file = Owners.GitHub("* @all\n/bin\0ary/ @x\n/docs/ @docs\n");

        Assert.Equal("2: line holds a NUL character (a binary file?); ignored", file.Problems());
        Assert.Equal([1, 3], file.Rules.Select(r => r.Line));
    }

    [Fact]
    public void OverlongLineIsReportedAndTheNextLinesStillRead()
    {
        var file = Owners.GitHub("* @all\n/" + new string('a', 20_000) + "/ @x\n/docs/ @docs\n");

        Assert.Equal($"2: line longer than {CodeOwnersParser.MaxLineChars} characters; ignored", file.Problems());
        Assert.Equal("@docs", file.Of("docs/a.md"));
    }

    [Fact]
    public void BinaryGarbageNeverThrowsAndProblemsAreCapped()
    {
        var random = new Random(7);
        var bytes = new byte[600_000];
        random.NextBytes(bytes);

        var file = CodeOwnersFile.Parse(new StreamReader(new MemoryStream(bytes)), "CODEOWNERS", CodeOwnersFlavor.GitLab);

        Assert.Equal(CodeOwnersParser.MaxProblems + 1, file.Problems.Count);
        Assert.Equal($"more than {CodeOwnersParser.MaxProblems} problems; the rest are not reported", file.Problems[^1].Message);
        _ = file.Match("a/b/c.txt");
    }

    [Fact]
    public void LineEndingsCrLfAndCrAreLineBreaks()
    {
        var file = Owners.GitHub("* @all\r\n/docs/ @docs\r/api/ @api\r\n");

        Assert.Equal([1, 2, 3], file.Rules.Select(r => r.Line));
        Assert.Equal("@api", file.Of("api/x"));
    }

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub)]
    [InlineData(CodeOwnersFlavor.GitLab)]
    public void BacktrackingPatternAnswersOnATenThousandCharacterPath(CodeOwnersFlavor flavor)
    {
        var file = Owners.Parse("*a*a*a*a*a*a* @as\na*a*a*a*a*a*a*a*a*a*a*a*b @never\n**/**/**/**/**/**/x/**/y @deep\n", flavor);
        var name = new string('a', 10_000);
        var deep = string.Join('/', Enumerable.Repeat("x", 3_000));

        Assert.Equal("@as", file.Of(name));
        Assert.Equal("@never", file.Of(name + "b"));
        Assert.Equal(string.Empty, file.Of(deep + "/z"));
        Assert.Equal("@deep", file.Of(deep + "/y"));
    }

    [Fact]
    public void PatternWithThousandsOfSegmentsIsIndexedAndMatched()
    {
        var deep = string.Join('/', Enumerable.Repeat("d", 4_000));
        var file = Owners.GitHub($"* @all\n/{deep}/ @deep\n");

        Assert.Empty(file.Problems);
        Assert.Equal("@deep", file.Of(deep + "/file.txt"));
        Assert.Equal("@all", file.Of(deep));
    }
}
