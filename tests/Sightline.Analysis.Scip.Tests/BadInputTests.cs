using Sightline.Analysis.Scip.Protobuf;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Scip.Tests;

public sealed class BadInputTests
{
    private static byte[] RealIndex() => File.ReadAllBytes(TestPaths.TestData(Analysis.Project, "greeter-ts", "index.scip"));

    [Fact]
    public void A_truncated_index_is_a_format_error()
    {
        var bytes = RealIndex();
        var error = Assert.Throws<ScipFormatException>(() => ScipIndexReader.Read(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.StartsWith("malformed SCIP index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_is_a_format_error()
    {
        byte[] garbage = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        Assert.Throws<ScipFormatException>(() => ScipIndexReader.Read(new MemoryStream(garbage)));
    }

    [Fact]
    public void An_index_over_the_size_limit_is_refused()
    {
        var error = Assert.Throws<ScipFormatException>(() => ScipIndexReader.Read(new MemoryStream(RealIndex()), maxBytes: 1000));
        Assert.Contains("larger than the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_groups_in_an_unknown_field_stop_at_the_depth_limit()
    {
        // Field 15, start-group, 100,000 times: a skip that recursed without a limit would overflow the stack.
        var tag = (byte)((15 << 3) | 3);
        var bytes = Enumerable.Repeat(tag, 100_000).ToArray();
        Assert.Throws<ScipFormatException>(() => ScipIndexReader.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void An_occurrence_range_of_two_numbers_is_a_format_error()
    {
        var bytes = IndexWriter.Index("scip-python", ("a.py", [new IndexWriter.Occurrence([1, 2], "local 0")]));
        var error = Assert.Throws<ScipFormatException>(() => ScipIndexReader.Read(new MemoryStream(bytes)));
        Assert.Contains("has 2 numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analyser_reports_a_broken_index_as_skipped_with_a_warning()
    {
        var bytes = RealIndex();
        var results = Analysis.Bytes("web/index.scip", bytes[..(bytes.Length - 7)]);
        var result = Assert.Single(results);
        Assert.Equal("web/index.scip", result.Path);
        Assert.StartsWith("malformed SCIP index", result.Skipped, StringComparison.Ordinal);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void An_empty_file_is_an_index_without_documents()
    {
        Assert.Empty(Analysis.Bytes("index.scip", []));
    }

    [Fact]
    public void Malformed_symbols_are_ignored_not_fatal()
    {
        var bytes = IndexWriter.Index("scip-python", ("a.py",
        [
            new IndexWriter.Occurrence([0, 0, 4, 0], "scip-python python x 1 `a`/f().", 1, [0, 0, 4, 0]),
            new IndexWriter.Occurrence([1, 4, 9], "scip-python python"),
            new IndexWriter.Occurrence([2, 4, 9], "scip-python python y 1 `unterminated/f()."),
            new IndexWriter.Occurrence([3, 4, 9], "scip-python python y 1 yaml/load()."),
        ]));
        var call = Assert.Single(Assert.Single(Analysis.Bytes("index.scip", bytes)).Calls);
        Assert.Equal(("a.f", "yaml.load", 4), (call.Caller, call.Callee, call.Line));
    }
}
