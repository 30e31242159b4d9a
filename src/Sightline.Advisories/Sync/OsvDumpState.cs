using System.Text.Json;

namespace Sightline.Advisories.Sync;

/// <summary>
/// What we know of a cached dump, kept next to it as all.zip.json: the validators for conditional requests,
/// and whether the dump on disk was imported (a download whose import failed is imported at the next sync).
/// </summary>
public sealed record OsvDumpState(string? ETag, string? LastModified, bool Imported)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static string PathFor(string zipPath) => zipPath + ".json";

    public static OsvDumpState? Load(string zipPath)
    {
        var path = PathFor(zipPath);
        if (!File.Exists(path) || !File.Exists(zipPath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<OsvDumpState>(File.ReadAllText(path), Options);
        }
        catch (JsonException)
        {
            // A damaged state file only costs one unconditional download.
            return null;
        }
    }

    public void Save(string zipPath)
    {
        var temporary = PathFor(zipPath) + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Options));
        File.Move(temporary, PathFor(zipPath), overwrite: true);
    }
}

public enum OsvSyncStatus
{
    /// <summary>A new dump was downloaded and replaced the cached one.</summary>
    Downloaded,

    /// <summary>The server said 304: the cached dump is current.</summary>
    NotModified,

    /// <summary>The download failed; the cached dump, if any, is untouched.</summary>
    Failed,
}

/// <param name="ZipPath">The cached dump (present unless the very first download failed).</param>
/// <param name="NeedsImport">True when the dump on disk has not been imported yet.</param>
public sealed record OsvSyncOutcome(string Ecosystem, OsvSyncStatus Status, string ZipPath, bool NeedsImport, long Bytes = 0, string? Message = null);
