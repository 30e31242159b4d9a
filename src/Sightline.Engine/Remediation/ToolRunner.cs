using System.Diagnostics;

namespace Sightline.Engine.Remediation;

/// <summary>Runs an ecosystem's own tool (npm, dotnet, go, poetry, cargo...) to refresh a lockfile; behind an interface for tests.</summary>
public interface IToolRunner
{
    /// <summary>Null when the tool is not installed; else whether it succeeded and the last of what it printed.</summary>
    (bool Succeeded, string Output)? Run(string folder, IReadOnlyList<string> command, TimeSpan timeout);
}

public sealed class ProcessToolRunner : IToolRunner
{
    public (bool Succeeded, string Output)? Run(string folder, IReadOnlyList<string> command, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0 || Find(command[0]) is not { } executable)
        {
            return null;
        }

        var start = new ProcessStartInfo(executable) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (false, $"timed out after {timeout.TotalSeconds:0} s");
            }

            var text = (output.Result + error.Result).Trim();
            return (process.ExitCode == 0, text.Length > 400 ? "…" + text[^400..] : text);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return (false, ex.Message);
        }
    }

    /// <summary>The executable on PATH, so a missing tool is "not installed" rather than a crash.</summary>
    private static string? Find(string name)
    {
        if (name.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>Runs nothing: every lockfile refresh is left for CI and said in the commit message.</summary>
public sealed class NoToolRunner : IToolRunner
{
    public (bool Succeeded, string Output)? Run(string folder, IReadOnlyList<string> command, TimeSpan timeout) => null;
}
