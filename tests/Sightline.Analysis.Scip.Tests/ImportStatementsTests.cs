using Xunit;

namespace Sightline.Analysis.Scip.Tests;

public sealed class ImportStatementsTests
{
    private static readonly string[] Source =
    [
        "import {",                       // 0
        "  merge,",                       // 1
        "  template as t, // why",        // 2
        "} from \"lodash\";",             // 3
        "export const api = {",           // 4
        "  merge,",                       // 5
        "};",                             // 6
        "from yaml import (",             // 7
        "    load,",                      // 8
        "    dump as d,  # comment",      // 9
        ")",                              // 10
        "DEFAULT = {",                    // 11
        "    load,",                      // 12
        "}",                              // 13
    ];

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(8, true)]
    [InlineData(9, true)]
    [InlineData(12, false)]
    [InlineData(40, false)]
    public void Only_names_inside_import_brackets_count_as_imported(int line, bool expected)
    {
        Assert.Equal(expected, new ImportStatements(Source).Contains(line));
    }

    [Fact]
    public void A_long_identifier_line_is_no_import_and_does_not_backtrack()
    {
        var lines = new[] { "import {", new string('a', 100_000) + "(" };
        Assert.False(new ImportStatements(lines).Contains(1));
    }
}
