using System.CommandLine;
using Sightline.Cli.Commands;

namespace Sightline.Cli;

/// <summary>The command line: one command per verb, thin over the engine and the store.</summary>
public static class SightlineCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("""
            Sightline: who in your fleet depends on a vulnerable package, at which versions, through which
            chain, how bad it is and what fixes it.

            Start with:  sightline index <folder-of-repositories>
                         sightline advisories import <OSV files, folders or all.zip>
            Then ask:    sightline deps who-uses lodash
                         sightline exposure CVE-2021-44228
            In CI:       sightline scan . --fail-on high --format sarif -o results.sarif
            """);
        root.Options.Add(GlobalOptions.Database);
        root.Options.Add(GlobalOptions.Format);
        root.Options.Add(GlobalOptions.Output);
        root.Options.Add(GlobalOptions.Quiet);
        var context = new CommandContext(output, error);
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(DepsCommand.Create(context));
        root.Subcommands.Add(UsageCommand.Create(context));
        root.Subcommands.Add(ReposCommand.Create(context));
        root.Subcommands.Add(AdvisoriesCommand.Create(context));
        root.Subcommands.Add(ExposureCommand.Create(context));
        root.Subcommands.Add(ScanCommand.Create(context));
        root.Subcommands.Add(OwnersCommand.Create(context));
        root.Subcommands.Add(ServicesCommand.Create(context));
        root.Subcommands.Add(NotifyCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(FixCommand.Create(context));
        root.Subcommands.Add(FixesCommand.Create(context));
        root.Subcommands.Add(SbomCommand.Create(context));
        root.Subcommands.Add(VexCommand.Create(context));

        // No response files: "@acme/logging" is an npm package name, not a file of arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message);
            }

            await error.WriteLineAsync("Run 'sightline --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or FormatException)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.BadInput;
        }
    }
}

/// <summary>A mistake in how a command was called, reported as a one-line error with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
