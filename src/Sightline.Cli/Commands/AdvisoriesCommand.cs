using System.CommandLine;
using System.Globalization;
using Sightline.Advisories.Osv;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline advisories import | sync | show</c>: OSV records into the store, and back out.</summary>
internal static partial class AdvisoriesCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("advisories", "OSV advisories: import files, folders and osv.dev zip dumps; sync the dumps; show one record");
        command.Subcommands.Add(CreateImport(context));
        command.Subcommands.Add(CreateSync(context));
        command.Subcommands.Add(CreateShow(context));
        return command;
    }

    /// <summary>Each problem on stderr as <c>error: file[:line:col]: message</c>, whatever the format.</summary>
    private static void WriteProblems(CommandContext context, IEnumerable<OsvProblem> problems)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine("error: " + problem);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
