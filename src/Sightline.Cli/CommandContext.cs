using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Store;

namespace Sightline.Cli;

/// <summary>What commands share: the output streams and how to open the store and a renderer.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error)
{
    public TextWriter Error { get; } = error;

    public static SightlineStore OpenStore(ParseResult parse) =>
        SightlineStore.Open(SightlineStore.ResolvePath(parse.GetValue(GlobalOptions.Database)));

    /// <summary>The folder the store lives in: where Sightline keeps what it writes beside it (pull request payloads).</summary>
    public static string StoreFolder(ParseResult parse) =>
        Path.GetDirectoryName(Path.GetFullPath(SightlineStore.ResolvePath(parse.GetValue(GlobalOptions.Database)))) ?? ".";

    /// <summary>A renderer for the command's result: to --output if given, else to the output stream.</summary>
    public Renderer CreateRenderer(ParseResult parse, params string[] alsoSupported)
    {
        var format = parse.GetValue(GlobalOptions.Format) ?? "table";
        if (format is not ("table" or "json") && !alsoSupported.Contains(format))
        {
            throw new UsageException($"--format {format} is not available for this command (table, json{string.Concat(alsoSupported.Select(f => ", " + f))})");
        }

        var path = parse.GetValue(GlobalOptions.Output);
        var writer = path is null ? output : new StreamWriter(path, append: false);
        return new Renderer(writer, ownsWriter: path is not null, format, interactive: path is null && IsInteractive(parse));
    }

    /// <summary>Who is acting, for the records: SIGHTLINE_USER, else the login name.</summary>
    public static string Actor => Environment.GetEnvironmentVariable("SIGHTLINE_USER") is { Length: > 0 } user ? user : Environment.UserName;

    /// <summary>True on a real terminal outside CI, without --quiet: progress bars and colours are welcome.</summary>
    public bool IsInteractive(ParseResult parse) =>
        !parse.GetValue(GlobalOptions.Quiet)
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null;
}
