using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sightline.Core.Model;

namespace Sightline.Remediation.Registries;

/// <summary>A cached listing and when it was fetched.</summary>
internal sealed record CachedListing(IReadOnlyList<string> Versions, DateTimeOffset FetchedAt, string Source);

/// <summary>
/// One JSON file per (ecosystem, normalised package) under the cache folder:
/// {folder}/{ecosystem}/{readable name}-{hash}.json. The hash keeps names that sanitise alike apart;
/// the file repeats the package name, checked on read. Unreadable files count as absent.
/// </summary>
internal sealed class VersionCache(string folder, long maxBytes)
{
    public CachedListing? Read(Ecosystem ecosystem, string key)
    {
        var path = PathFor(ecosystem, key);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > maxBytes)
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("package").GetString() != key)
            {
                return null;
            }

            var fetched = DateTimeOffset.Parse(root.GetProperty("fetched").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            string[] versions = [.. root.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!)];
            return new CachedListing(versions, fetched, root.GetProperty("source").GetString() ?? string.Empty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException
            or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes through a temporary file so a reader never sees half a file; false when the disk refused.</summary>
    public bool Write(Ecosystem ecosystem, string key, CachedListing listing)
    {
        var path = PathFor(ecosystem, key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = File.Create(temp))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("ecosystem", ecosystem.OsvName());
                writer.WriteString("package", key);
                writer.WriteString("source", listing.Source);
                writer.WriteString("fetched", listing.FetchedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                writer.WriteStartArray("versions");
                foreach (var version in listing.Versions)
                {
                    writer.WriteStringValue(version);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return false;
        }
    }

    internal string PathFor(Ecosystem ecosystem, string key)
    {
        var readable = new StringBuilder(Math.Min(key.Length, 60));
        foreach (var c in key.Take(60))
        {
            readable.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return Path.Combine(folder, ecosystem.ToString().ToLowerInvariant(), $"{readable}-{hash}.json");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftover temporary files are harmless: they never match a cache name.
        }
    }
}
