using System.IO.Compression;
using System.Text;
using Sightline.Tests;

namespace Sightline.Advisories.Tests.Osv;

/// <summary>Paths of the OSV fixtures, a throw-away folder, and zips built on the fly.</summary>
internal static class OsvFixtures
{
    public static string File(string name) => TestPaths.TestData("Sightline.Advisories.Tests", "osv", name);

    public static string Record(string id, string modified, string ecosystem = "npm", string name = "left-pad", string? alias = null) => $$"""
        { "id": "{{id}}", "modified": "{{modified}}", "aliases": [{{(alias is null ? string.Empty : "\"" + alias + "\"")}}],
          "affected": [ { "package": { "ecosystem": "{{ecosystem}}", "name": "{{name}}" },
                          "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "0" }, { "fixed": "1.0.1" } ] } ] } ] }
        """;

    /// <summary>Writes a zip whose entries are (name, bytes); a deflated entry for every one.</summary>
    public static string Zip(string path, params (string Name, byte[] Content)[] entries)
    {
        using var file = new FileStream(path, FileMode.Create);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }

        return path;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

/// <summary>A temporary folder, deleted at the end of the test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sightline-osv-" + Guid.NewGuid().ToString("N"));

    public string Database => System.IO.Path.Combine(Path, "db", "sightline.db");

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
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
