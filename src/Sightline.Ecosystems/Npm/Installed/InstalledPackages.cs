using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm.Installed;

/// <summary>What an installed package's own package.json says about it.</summary>
internal sealed record InstalledPackage(string? Name, string? Version, string? License);

/// <summary>
/// Reads installed packages' package.json files (under node_modules, which the repository listing skips),
/// each path at most once per extraction. Anything missing, oversized, unreadable or malformed is simply
/// not there: an install is optional evidence, never a reason to report an error.
/// </summary>
internal sealed class InstalledPackages(IRepositoryFiles repository, ExtractionResult result)
{
    /// <summary>A package.json is a few kB; anything near this is not one worth trusting.</summary>
    public const int MaxBytes = 1 << 20;

    private readonly Dictionary<string, InstalledPackage?> _read = new(StringComparer.Ordinal);

    /// <summary>Distinct paths looked at so far (for tests: the one-read-per-path bound).</summary>
    public int PathsRead => _read.Count;

    public InstalledPackage? Read(string path)
    {
        if (!_read.TryGetValue(path, out var package))
        {
            package = Load(path);
            _read[path] = package;
        }

        return package;
    }

    private InstalledPackage? Load(string path)
    {
        if (!repository.TryOpen(path, out var stream))
        {
            return null;
        }

        try
        {
            using (stream)
            {
                if (BoundedRead.All(stream, MaxBytes) is not { } bytes)
                {
                    return null;
                }

                result.BytesRead += bytes.Length;
                return Parse(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static InstalledPackage? Parse(ReadOnlyMemory<byte> bytes)
    {
        // JsonDocument over bytes does not skip a UTF-8 byte order mark; some published package.json files have one.
        if (bytes.Span.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, JsonLimits.Options);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? null
                : new InstalledPackage(JsonLimits.OptionalString(root, "name"), JsonLimits.OptionalString(root, "version"), NpmLicense.Read(root));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
