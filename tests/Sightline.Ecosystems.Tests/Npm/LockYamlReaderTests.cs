using Sightline.Core.Extraction;
using Sightline.Ecosystems.Npm.Yaml;
using Xunit;

namespace Sightline.Ecosystems.Tests.Npm;

public class LockYamlReaderTests
{
    private static YamlNode Read(string text) => LockYamlReader.Read(new StringReader(text));

    [Fact]
    public void Read_MapsQuotesFlowAndComments()
    {
        var doc = Read("""
            # comment
            lockfileVersion: '9.0'
            packages:

              '@scope/a@1.0.0':
                resolution: {integrity: sha512-abc==, tarball: https://r.example/a/-/a-1.0.0.tgz}
                os: [darwin, linux]
                engines: {node: '>=14'}
              "b@npm:^1, b@npm:^2":
                version: 2.1.0 # trailing comment
                quoted: "a \"q\" \u0041"
                single: 'it''s'
                empty: {}
            """);
        Assert.Equal("9.0", doc.GetString("lockfileVersion"));
        var a = doc["packages"]!["@scope/a@1.0.0"]!;
        Assert.Equal("sha512-abc==", a["resolution"]!.GetString("integrity"));
        Assert.Equal("https://r.example/a/-/a-1.0.0.tgz", a["resolution"]!.GetString("tarball"));
        Assert.Equal(["darwin", "linux"], a["os"]!.Sequence!.Select(n => n.Scalar));
        Assert.Equal(">=14", a["engines"]!.GetString("node"));
        var b = doc["packages"]!["b@npm:^1, b@npm:^2"]!;
        Assert.Equal("2.1.0", b.GetString("version"));
        Assert.Equal("a \"q\" A", b.GetString("quoted"));
        Assert.Equal("it's", b.GetString("single"));
        Assert.Empty(b["empty"]!.Map!);
        Assert.Equal(9, b.Line);
    }

    [Fact]
    public void Read_SequencesBlockScalarsAndDocuments()
    {
        var doc = Read("""
            first: document
            ---
            packages:
            - 'apps/*'
            - "!apps/skip"
            list:
              - name: a
                version: 1
              - plain
            text: |
              line one
              line two
            after: yes
            """);
        Assert.Null(doc["first"]); // the last document wins
        Assert.Equal(["apps/*", "!apps/skip"], doc["packages"]!.Sequence!.Select(n => n.Scalar));
        var list = doc["list"]!.Sequence!;
        Assert.Equal("1", list[0].GetString("version"));
        Assert.Equal("plain", list[1].Scalar);
        Assert.Equal("line one\nline two\n", doc.GetString("text"));
        Assert.Equal("yes", doc.GetString("after"));
    }

    [Fact]
    public void Read_SkipsRequestedFieldsOnlyAtTheirDepth()
    {
        var doc = LockYamlReader.Read(
            new StringReader("packages:\n  a@1:\n    os: [darwin]\n    dependencies:\n      os: 1.0.0\n"),
            skipKeys: new HashSet<string> { "os" },
            skipDepth: 2);
        var a = doc["packages"]!["a@1"]!;
        Assert.Null(a["os"]);
        Assert.Equal("1.0.0", a["dependencies"]!.GetString("os"));
    }

    [Theory]
    [InlineData("a:\n\tb: 1\n", 2)]
    [InlineData("a:\n  b: 1\n   c: 2\n", 3)]
    [InlineData("a: 'open\n", 1)]
    [InlineData("a: {b: 1\n", 1)]
    [InlineData("a:\n  - 1\n  b: 2\n", 3)]
    [InlineData("just text\n", 1)]
    public void Read_Malformed_ThrowsWithLine(string text, long line)
    {
        var error = Assert.Throws<ManifestFormatException>(() => Read(text));
        Assert.Equal(line, error.Line);
    }
}
