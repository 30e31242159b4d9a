using System.Text;
using Sightline.Core.Code;
using Sightline.Core.Repositories;
using Xunit;

namespace Sightline.Analysis.Python.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void An_unclosed_bracket_is_a_warning_with_its_line_and_the_next_definition_is_analysed()
    {
        var source = "import yaml\n\ndef broken(x):\n    return yaml.load(x\n\ndef later(x):\n    return yaml.full_load(x)\n";
        var file = Analysis.Files(("a.py", source)).File("a.py");

        var warning = Assert.Single(file.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("a.py", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["External yaml.load", "External yaml.full_load"], file.Callees());
        Assert.Contains(file.Definitions, d => d.Id == "a.later");
    }

    [Fact]
    public void An_unterminated_string_is_a_warning_and_what_came_before_is_kept()
    {
        var file = Analysis.Files(("a.py", "import os\nos.getcwd()\nx = '''never closed\nos.remove(x)\n")).File("a.py");

        Assert.Equal(3, Assert.Single(file.Warnings).Line);
        Assert.Equal(["External os.getcwd"], file.Callees());
    }

    [Fact]
    public void A_generated_file_over_the_size_limit_is_skipped_with_the_reason()
    {
        var generated = string.Concat(Enumerable.Repeat("VALUE = _descriptor.FieldDescriptor(name='x')\n", 30_000));
        var file = Analysis.Files(("api/schema_pb2.py", generated)).File("api/schema_pb2.py");

        Assert.Contains("over the 1024 KiB limit", file.Skipped, StringComparison.Ordinal);
        Assert.Empty(file.Calls);
    }

    [Theory]
    [InlineData(".venv/lib/python3.12/site-packages/yaml/__init__.py")]
    [InlineData("venv/lib/yaml.py")]
    [InlineData("vendor/site-packages/requests/api.py")]
    public void Virtualenvs_and_installed_packages_are_not_the_repository_s_code(string path)
    {
        var file = Analysis.Files((path, "def load(x):\n    return x\n")).File(path);

        Assert.Contains("virtualenv", file.Skipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_and_said_so()
    {
        var bytes = Encoding.UTF8.GetBytes("x = 'A'\nimport yaml\nyaml.load(x)\n");
        bytes[5] = 0xFF;
        var file = Analysis.Run(new InMemoryRepository().Add("a.py", bytes)).File("a.py");

        Assert.Contains(file.Warnings, w => w.Message.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal(["External yaml.load"], file.Callees());
    }

    [Fact]
    public void Deep_nesting_of_brackets_and_blocks_does_not_overflow_the_stack()
    {
        const int Depth = 20_000;
        var brackets = "r = " + string.Concat(Enumerable.Repeat("f(", Depth)) + "1" + new string(')', Depth) + "\n";
        var blocks = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            blocks.Append(' ', i).Append("if x:\n");
        }

        blocks.Append(' ', 1_000).Append("after()\n");
        var file = Analysis.Files(("deep.py", brackets + blocks)).File("deep.py");

        Assert.Null(file.Skipped);
        Assert.Equal(Depth + 1, file.Calls.Count);
        Assert.Contains(file.Calls, c => c.Text == "after" && c.Line == 1_002);
    }

    [Fact]
    public void Tabs_and_spaces_mixed_in_indentation_are_a_warning_and_blocks_still_close()
    {
        var source = "import os\n\ndef a():\n\tos.getcwd()\n\ndef b():\n        os.remove('x')\n";
        var file = Analysis.Files(("mix.py", source)).File("mix.py");

        Assert.Contains(file.Warnings, w => w.Message.Contains("tabs and spaces", StringComparison.Ordinal) && w.Line == 7);
        Assert.Equal(["mix.a", "mix.b"], file.Calls.Select(c => c.Caller));
        Assert.Equal(4, file.Definitions.Single(d => d.Id == "mix.a").EndLine);
    }

    [Fact]
    public void A_file_over_its_time_limit_is_skipped_as_timed_out()
    {
        var source = string.Concat(Enumerable.Repeat("x = f(1)\n", 2_000));
        var options = new PythonAnalyserOptions { FileTimeout = TimeSpan.FromSeconds(-1) };
        var file = Analysis.Files(options, ("slow.py", source)).File("slow.py");

        Assert.Equal("timed out after -1 s", file.Skipped);
    }

    [Fact]
    public void Two_projects_with_the_same_module_name_keep_unique_ids()
    {
        var results = Analysis.Files(
            ("services/a/pyproject.toml", string.Empty), ("services/a/app.py", "def run():\n    pass\n"),
            ("services/b/pyproject.toml", string.Empty), ("services/b/app.py", "def run():\n    pass\n"));

        Assert.Equal(EntryPointKind.None, results.Definition("app.run").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("services.b.app.run").Entry);
    }
}
