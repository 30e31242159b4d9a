using System.Text;
using Sightline.Core.Extraction;
using Sightline.Ecosystems.Go;
using Xunit;

namespace Sightline.Ecosystems.Tests.Go;

public class GoModParserTests
{
    private static GoModFile Parse(string text) => GoModParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static ManifestFormatException Fails(string text) => Assert.Throws<ManifestFormatException>(() => Parse(text));

    [Fact]
    public void Directives_InSingleLineAndBlockForms_AreRead()
    {
        var file = Parse("""
            // Deprecated: use example.com/m/v2 instead.
            // It stays for old callers.
            module example.com/m

            go 1.23.0
            toolchain go1.23.4
            godebug (
                default=go1.21
                panicnil=1
            )
            require example.com/a v1.0.0
            require (
                example.com/b v0.0.0-20210101000000-abcdef123456 // indirect
                example.com/c v2.0.0+incompatible // indirect; kept for tests
                example.com/d v1.1.0 // indirectly useful
            )
            exclude example.com/a v0.9.0
            replace example.com/b => ../b
            retract (
                v1.0.1 // broken build
                [v1.1.0, v1.1.9]
            )
            tool example.com/a/cmd/gen
            ignore ./node_modules
            """);

        Assert.Equal("example.com/m", file.Module);
        Assert.Equal("use example.com/m/v2 instead.\nIt stays for old callers.", file.Deprecated);
        Assert.Equal("1.23.0", file.Go);
        Assert.Equal("go1.23.4", file.Toolchain);
        Assert.Equal(["default=go1.21", "panicnil=1"], file.Godebug);
        Assert.Equal(
            ["example.com/a v1.0.0 False", "example.com/b v0.0.0-20210101000000-abcdef123456 True", "example.com/c v2.0.0+incompatible True", "example.com/d v1.1.0 False"],
            file.Requires.Select(r => $"{r.Path} {r.Version} {r.Indirect}"));
        Assert.Equal(new GoModuleVersion("example.com/a", "v0.9.0"), Assert.Single(file.Excludes));
        var replace = Assert.Single(file.Replaces);
        Assert.True(replace.IsLocal);
        Assert.Equal("../b", replace.NewPath);
        Assert.Equal([new GoRetract("v1.0.1", "v1.0.1", "broken build"), new GoRetract("v1.1.0", "v1.1.9", null)], file.Retracts);
        Assert.Equal(["example.com/a/cmd/gen"], file.Tools);
    }

    [Fact]
    public void QuotedAndRawStrings_AreUnquoted()
    {
        var file = Parse("module \"example.com/q\"\nrequire `example.com/raw` \"v1.0.0\"\nreplace \"example.com/x\" v1.0.0 => \"example.com/y\" v1.2.0\n");

        Assert.Equal("example.com/q", file.Module);
        Assert.Equal("example.com/raw", file.Requires[0].Path);
        Assert.Equal(new GoReplace("example.com/x", "v1.0.0", "example.com/y", "v1.2.0", 3), file.Replaces[0]);
    }

    [Fact]
    public void GoWorkUse_ReadsFoldersInBothForms()
    {
        var file = Parse("go 1.22\nuse ./a\nuse (\n\t./b\n\t\"./c d\"\n)\n");

        Assert.Equal(["./a", "./b", "./c d"], file.Uses.Select(u => u.Path));
        Assert.Null(file.Module);
    }

    [Theory]
    [InlineData("module m\nrequire example.com/a 1.0.0\n", 2, 23, "invalid module version")]
    [InlineData("module m\nrequire (\nexample.com/a v1.0.0\n", 2, 1, "unterminated require block")]
    [InlineData("module m\nrequire \"example.com/a v1.0.0\n", 2, 9, "unexpected newline in string")]
    [InlineData("module m\nreplace a => b\n", 2, 14, "must be directory path")]
    [InlineData("module m\nreplace a => ./b v1.0.0\n", 2, 18, "cannot have version")]
    [InlineData("module m\nrequire a v1.0.0 extra\n", 2, 18, "usage: require")]
    [InlineData("module m\n/* no */\n", 2, 1, "// comments")]
    [InlineData("module m\nrequire (\n)\n)\n", 4, 1, "unexpected ')'")]
    [InlineData("module m\nrequire (\na v1.0.0 (\n)\n", 3, 10, "unexpected '('")]
    public void MalformedInput_FailsWithLineAndColumn(string text, long line, long column, string message)
    {
        var error = Fails(text);

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDirectives_AreSkipped()
    {
        var file = Parse("module m\nfuture (\n\tanything goes here\n)\nrequire a v1.0.0\n");

        Assert.Single(file.Requires);
    }
}
