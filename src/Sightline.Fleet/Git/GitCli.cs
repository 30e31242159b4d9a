using System.Diagnostics;

namespace Sightline.Fleet.Git;

/// <summary>Reads HEAD by running the git command line (read-only commands, no network).</summary>
public sealed class GitCli : IGitClient
{
    private readonly string _executable;

    public GitCli(string executable = "git") => _executable = executable;

    public GitHead? ReadHead(string repositoryPath)
    {
        var commit = Run(repositoryPath, "rev-parse", "--verify", "--quiet", "HEAD^{commit}");
        if (commit is null || commit.Length < 40)
        {
            return null;
        }

        var branch = Run(repositoryPath, "symbolic-ref", "--quiet", "--short", "HEAD");
        var status = Run(repositoryPath, "status", "--porcelain", "--untracked-files=normal");
        return new GitHead(commit, string.IsNullOrEmpty(branch) ? null : branch, !string.IsNullOrEmpty(status));
    }

    public string? ResolveTag(string repositoryPath, string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        // A version turned into a tag name: only characters a version has, never an option.
        return tag.Length == 0 || tag.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_' or '+' or '@')) || tag.StartsWith('-')
            ? null
            : Run(repositoryPath, "rev-parse", "--verify", "--quiet", $"refs/tags/{tag}^{{commit}}");
    }

    public bool Export(string repositoryPath, string commit, string destination)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.Length < 7 || !commit.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var start = new ProcessStartInfo(_executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-C", repositoryPath, "-c", "safe.directory=*", "archive", "--format=tar", commit })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            Directory.CreateDirectory(destination);
            var error = process.StandardError.ReadToEndAsync();
            System.Formats.Tar.TarFile.ExtractToDirectory(process.StandardOutput.BaseStream, destination, overwriteFiles: false);
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public bool CreateBranch(string repositoryPath, string branch) =>
        Run(repositoryPath, "check-ref-format", "--branch", branch) is not null
        && Run(repositoryPath, "rev-parse", "--verify", "--quiet", "refs/heads/" + branch) is null
        && Run(repositoryPath, "checkout", "-b", branch) is not null;

    public bool Checkout(string repositoryPath, string branch) => Run(repositoryPath, "checkout", branch) is not null;

    public string? Commit(string repositoryPath, IReadOnlyList<string> files, string message)
    {
        if (Run(repositoryPath, ["add", "--", .. files]) is null)
        {
            return null;
        }

        // Without a configured identity git refuses to commit: the commit is then Sightline's own.
        var identity = Run(repositoryPath, "config", "user.email") is { Length: > 0 }
            ? Array.Empty<string>()
            : ["-c", "user.name=Sightline", "-c", "user.email=sightline@localhost"];
        return Run(repositoryPath, [.. identity, "commit", "--no-verify", "-m", message]) is null ? null : Run(repositoryPath, "rev-parse", "HEAD");
    }

    public bool Push(string repositoryPath, string remote, string branch) =>
        Run(repositoryPath, "push", "--quiet", remote, $"refs/heads/{branch}:refs/heads/{branch}") is not null;

    private string? Run(string repositoryPath, params string[] arguments)
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repositoryPath);
        // A repository owned by another user is refused by git's safe.directory check; reading is harmless.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("safe.directory=*");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: callers fall back to a content hash.
            return null;
        }
    }
}
