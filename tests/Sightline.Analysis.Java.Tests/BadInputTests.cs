using System.Text;
using Xunit;

namespace Sightline.Analysis.Java.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void A_member_that_does_not_parse_costs_a_warning_with_its_line_and_the_rest_is_analysed()
    {
        var file = Analysis.Files(("A.java", "class A {\n  void ok() { first(); }\n  int = ;\n  void later() { second(); }\n}\n")).File("A.java");

        var warning = Assert.Single(file.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("A.java", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["Unresolved first", "Unresolved second"], file.Callees());
    }

    [Fact]
    public void A_truncated_file_keeps_what_was_read_and_says_what_is_not_closed()
    {
        var file = Analysis.Files(("A.java", "package a;\nimport org.slf4j.Logger;\nclass A {\n  Logger log;\n  void m() {\n    log.info(\"x\");\n")).File("A.java");

        Assert.Null(file.Skipped);
        Assert.Contains(file.Warnings, w => w.Message.Contains("not closed", StringComparison.Ordinal));
        Assert.Equal(["External org.slf4j.Logger.info"], file.Callees());
    }

    [Fact]
    public void A_huge_generated_file_is_skipped_with_the_reason()
    {
        var generated = "class G {\n" + string.Concat(Enumerable.Repeat("  int f = 1; // generated\n", 60_000)) + "}\n";
        var file = Analysis.Files(("target/generated-sources/G.java", generated)).File("target/generated-sources/G.java");

        Assert.Contains("over the 1024 KiB limit", file.Skipped, StringComparison.Ordinal);
        Assert.Empty(file.Calls);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_and_said_so()
    {
        var bytes = Encoding.UTF8.GetBytes("class A { String s = \"\u0001\"; void m() { go(); } }");
        bytes[22] = 0xFF;
        var repository = new Sightline.Core.Repositories.InMemoryRepository().Add("A.java", bytes);
        var file = Analysis.Run(repository).File("A.java");

        Assert.Contains(file.Warnings, w => w.Message.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal(["Unresolved go"], file.Callees());
    }

    [Fact]
    public void Deep_nesting_is_cut_at_a_depth_with_a_warning_and_the_rest_is_analysed()
    {
        const int Depth = 20_000;
        var source = "class A {\n  void m() {\n    int r = " + string.Concat(Enumerable.Repeat("f(\n", Depth)) + "1" + string.Concat(Enumerable.Repeat(")\n", Depth)) + ";\n"
            + "    after();\n  }\n}\n";
        var file = Analysis.Files(("A.java", source)).File("A.java");

        Assert.Null(file.Skipped);
        Assert.Contains(file.Warnings, w => w.Message.Contains("nesting deeper", StringComparison.Ordinal));
        Assert.Contains(file.Calls, c => c.Text == "after" && c.Line == (2 * Depth) + 4);
    }

    [Fact]
    public void Deeply_nested_classes_are_cut_at_a_depth_with_a_warning_and_deep_blocks_are_walked()
    {
        const int Depth = 5_000;
        var source = string.Concat(Enumerable.Range(0, Depth).Select(i => $"class C{i} {{\n")) + new string('}', Depth) + "\n"
            + "class B { void m() { " + new string('{', Depth) + " x(); " + new string('}', Depth) + " } }\n";
        var file = Analysis.Files(("A.java", source)).File("A.java");

        Assert.Null(file.Skipped);
        Assert.Contains(file.Warnings, w => w.Message.Contains("types nested deeper than 64", StringComparison.Ordinal));
        Assert.Contains(file.Calls, c => c.Text == "x" && c.Caller == "B.m");
    }

    [Fact]
    public void A_file_that_takes_too_long_is_skipped_as_timed_out()
    {
        var options = new JavaAnalyserOptions { FileTimeout = TimeSpan.Zero };
        var source = "class A { void m() {\n" + string.Concat(Enumerable.Repeat("foo(bar(baz(1)));\n", 2000)) + "} }";
        var file = Analysis.Files(options, ("Slow.java", source)).File("Slow.java");

        Assert.Equal("timed out after 0 s", file.Skipped);
    }

    [Fact]
    public void Binary_garbage_yields_warnings_not_exceptions()
    {
        var random = new Random(5);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var repository = new Sightline.Core.Repositories.InMemoryRepository().Add("Blob.java", bytes).Add("Ok.java", "class Ok { void m() { x(); } }");
        var results = Analysis.Run(repository);

        Assert.Equal(2, results.Count);
        Assert.Single(results.File("Ok.java").Calls);
    }

    [Fact]
    public void Kotlin_sources_are_not_claimed()
    {
        Assert.Equal(["*.java"], new JavaAnalyser().FilePatterns);
    }
}
