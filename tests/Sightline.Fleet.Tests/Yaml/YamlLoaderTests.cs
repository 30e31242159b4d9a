using System.Text;
using Sightline.Fleet.Yaml;
using Xunit;

namespace Sightline.Fleet.Tests.Yaml;

public sealed class YamlLoaderTests
{
    [Fact]
    public void ReadsEveryDocumentWithLines()
    {
        var result = YamlLoader.Load("a: 1\n---\n- x\n- 'y'\n---\n");

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Documents.Count);
        var first = Assert.IsType<YamlMapping>(result.Documents[0].Root);
        Assert.Equal("1", first.GetText("a"));
        var second = Assert.IsType<YamlSequence>(result.Documents[1].Root);
        Assert.Equal(3, second.Line);
        Assert.True(((YamlScalar)second.Items[0]).IsPlain);
        Assert.False(((YamlScalar)second.Items[1]).IsPlain);
        Assert.True(Assert.IsType<YamlScalar>(result.Documents[2].Root).IsNull);
    }

    [Fact]
    public void AliasesShareTheAnchoredNodeAndCountItsSize()
    {
        var result = YamlLoader.Load("base: &b {x: 1, y: 2}\ncopy: *b\n");

        var root = Assert.IsType<YamlMapping>(Assert.Single(result.Documents).Root);
        Assert.Same(root.Get("base"), root.Get("copy"));
        Assert.Equal(1 + (1 + 5) + (1 + 5), root.Size);
    }

    [Fact]
    public void MergeKeysAddEntriesExplicitKeysWin()
    {
        var result = YamlLoader.Load("""
            defaults: &d {image: app:1, pull: Always, port: 80}
            extra: &e {port: 81, debug: true}
            svc:
              port: 8080
              <<: [*d, *e]
            """);

        var svc = Assert.IsType<YamlMapping>(Assert.Single(result.Documents).Mapping!.Get("svc"));
        Assert.Equal(["port=8080", "image=app:1", "pull=Always", "debug=true"],
            svc.Entries.Select(e => e.Key.Value + "=" + ((YamlScalar)e.Value).Value));
    }

    [Fact]
    public void BillionLaughsIsRefusedAsAProblem()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = "*a" + (level - 1);
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }

        var result = YamlLoader.Load(yaml.ToString() + "---\nafter: ok\n");

        var error = Assert.Single(result.Errors);
        Assert.Contains("more than 1,000,000 nodes", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
        Assert.Equal("ok", Assert.Single(result.Documents).Mapping!.GetText("after"));
    }

    [Fact]
    public void DeepNestingIsRefusedWithoutStackOverflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var result = YamlLoader.Load(deep);

        Assert.Empty(result.Documents);
        Assert.Contains("nested deeper than 128 levels", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasThatWouldNestTooDeepIsRefused()
    {
        var nested = string.Concat(Enumerable.Repeat("[", 100)) + "x" + string.Concat(Enumerable.Repeat("]", 100));
        var yaml = $"a: &deep {nested}\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*deep]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n";

        var result = YamlLoader.Load(yaml);

        Assert.Contains("alias *deep nests the document deeper than 128 levels", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAliasSkipsOnlyThatDocument()
    {
        var result = YamlLoader.Load("a: *nowhere\n---\nb: 2\n");

        Assert.Equal("alias *nowhere refers to no earlier anchor; document skipped", Assert.Single(result.Errors).Message);
        Assert.Equal("2", Assert.Single(result.Documents).Mapping!.GetText("b"));
    }

    [Fact]
    public void SyntaxErrorCarriesLineAndKeepsEarlierDocuments()
    {
        var result = YamlLoader.Load("a: 1\n---\nb: [unclosed\nc: 2\n");

        Assert.True(result.HasSyntaxError);
        Assert.Single(result.Documents);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void DocumentsBeyondTheLimitAreReportedNotRead()
    {
        var yaml = string.Concat(Enumerable.Range(0, 12).Select(i => $"---\nn: {i}\n"));

        var result = YamlLoader.Load(yaml, new YamlLimits { MaxDocuments = 10 });

        Assert.Equal(10, result.Documents.Count);
        Assert.Equal("more than 10 YAML documents; the rest of the file is not read", Assert.Single(result.Errors).Message);
    }
}
