using System.Text.Json;

namespace Sightline.Cli.Tests;

/// <summary>Runs the CLI in process against a throw-away database and captures what it prints.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public static async Task<CliRun> RunAsync(string database, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SightlineCli.RunAsync([.. args, "--db", database, "--quiet"], output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>A temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sightline-test-" + Guid.NewGuid().ToString("N"));

    public string Database => System.IO.Path.Combine(Path, "db", "sightline.db");

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
