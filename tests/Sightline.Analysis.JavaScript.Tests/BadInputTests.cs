using System.Text;
using Xunit;

namespace Sightline.Analysis.JavaScript.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void A_syntax_error_costs_its_line_and_the_rest_of_the_file_is_analysed()
    {
        var file = Analysis.Files(("a.js", "const _ = require('lodash');\nfunction ok() { _.merge(); }\nconst broken = ;\nfunction later() { _.template(); }\n")).File("a.js");

        var warning = Assert.Single(file.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("a.js", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["External lodash.merge", "External lodash.template"], file.Callees());
    }

    [Fact]
    public void Source_that_never_parses_still_yields_its_module_and_a_warning()
    {
        var file = Analysis.Files(("a.js", "function (((( {{{ <<<\n")).File("a.js");

        Assert.Null(file.Skipped);
        Assert.Equal("a.js#<module>", Assert.Single(file.Definitions).Id);
        Assert.NotEmpty(file.Warnings);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_the_reason()
    {
        var bundle = new string('x', 2 * 1024 * 1024);
        var file = Analysis.Files(("dist/bundle.js", bundle)).File("dist/bundle.js");

        Assert.Contains("over the 1024 KiB limit", file.Skipped, StringComparison.Ordinal);
        Assert.Empty(file.Calls);
    }

    [Fact]
    public void Minified_code_is_skipped_by_its_name_and_by_its_line_lengths()
    {
        var minified = string.Concat(Enumerable.Repeat("function a(b){return b+1}var c=a(2);", 400));
        var results = Analysis.Files(("vendor/app.min.js", "a();"), ("public/app.js", minified));

        Assert.Contains("minified", results.File("vendor/app.min.js").Skipped, StringComparison.Ordinal);
        Assert.Contains("minified", results.File("public/app.js").Skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Installed_packages_are_not_the_repository_s_code()
    {
        var file = Analysis.Files(("node_modules/lodash/lodash.js", "module.exports = {};")).File("node_modules/lodash/lodash.js");

        Assert.Contains("node_modules", file.Skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_and_said_so()
    {
        var bytes = Encoding.UTF8.GetBytes("const x = '\u0001';\nrequire('lodash').merge();\n");
        bytes[11] = 0xFF;
        var repository = new Sightline.Core.Repositories.InMemoryRepository().Add("a.js", bytes);
        var file = Analysis.Run(repository).File("a.js");

        Assert.Contains(file.Warnings, w => w.Message.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal(["External lodash.merge"], file.Callees());
    }

    [Fact]
    public void Deeply_nested_expressions_are_cut_at_a_depth_with_a_warning_and_the_rest_is_analysed()
    {
        const int Depth = 20_000;
        var source = "const r = " + string.Concat(Enumerable.Repeat("f(\n", Depth)) + "1" + string.Concat(Enumerable.Repeat(")\n", Depth)) + ";\n"
            + "const a = " + string.Concat(Enumerable.Repeat("[\n", Depth)) + string.Concat(Enumerable.Repeat("]\n", Depth)) + ";\n"
            + "after();\n";
        var file = Analysis.Files(("deep.js", source)).File("deep.js");

        Assert.Null(file.Skipped);
        Assert.Contains(file.Warnings, w => w.Message.Contains("nesting deeper", StringComparison.Ordinal));
        Assert.Contains(file.Calls, c => c.Text == "after" && c.Line == (4 * Depth) + 3);
    }

    [Fact]
    public void A_file_that_takes_too_long_is_skipped_as_timed_out()
    {
        var options = new JavaScriptAnalyserOptions { FileTimeout = TimeSpan.Zero };
        var source = string.Concat(Enumerable.Repeat("foo(bar(baz(1)));\n", 2000));
        var file = Analysis.Files(options, ("slow.js", source)).File("slow.js");

        Assert.Equal("timed out after 0 s", file.Skipped);
    }

    [Fact]
    public void Binary_garbage_yields_warnings_not_exceptions()
    {
        var random = new Random(5);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var repository = new Sightline.Core.Repositories.InMemoryRepository().Add("blob.js", bytes).Add("ok.js", "x();");
        var results = Analysis.Run(repository);

        Assert.Equal(2, results.Count);
        Assert.Single(results.File("ok.js").Calls);
    }
}
