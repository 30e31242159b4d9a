using System.Diagnostics;
using Sightline.Tests;

namespace Sightline.Cli.Tests;

/// <summary>Copies sample repositories into a temporary folder as real git repositories.</summary>
internal static class GitFleet
{
    public static string Create(TempFolder temp, params string[] repositories)
    {
        var fleet = Path.Combine(temp.Path, "fleet");
        foreach (var name in repositories)
        {
            var target = Path.Combine(fleet, name);
            Copy(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", name), target);
            Git(target, "init", "-q", "-b", "main");
            Git(target, "add", "-A");
            Git(target, "-c", "user.name=Test", "-c", "user.email=test@localhost", "commit", "-q", "-m", "initial");
        }

        return fleet;
    }

    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
