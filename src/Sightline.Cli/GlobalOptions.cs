using System.CommandLine;

namespace Sightline.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file [default: $SIGHTLINE_DB, else .sightline/sightline.db]",
        Recursive = true,
        HelpName = "file",
    };

    public static readonly Option<string> Format = CreateFormat();

    public static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write the result to this file instead of the terminal",
        Recursive = true,
        HelpName = "file",
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "No progress bar and no summary chatter (implied when output is not a terminal)",
        Recursive = true,
    };

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, json; exposure and scan also markdown; scan also sarif; sbom cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tv; vex openvex, cyclonedx",
            Recursive = true,
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json", "markdown", "sarif", "cyclonedx-json", "cyclonedx-xml", "spdx-json", "spdx-tv", "openvex", "cyclonedx");
        return option;
    }
}
