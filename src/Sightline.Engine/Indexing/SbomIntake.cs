using System.Text.Json;

namespace Sightline.Engine.Indexing;

/// <summary>
/// Brings an SBOM into the fleet as a repository of its own: the file is copied into a folder beside the
/// store (so re-indexing and reports find it after the original moves), named by its format so the SBOM
/// extractor picks it up.
/// </summary>
public static class SbomIntake
{
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <returns>The staged folder and the repository name (given, or the file name without its extensions).</returns>
    public static (string Folder, string Name) Stage(string file, string storeFolder, string? name)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(storeFolder);
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{file}: no such file");
        }

        if (info.Length > MaxBytes)
        {
            throw new InvalidDataException($"{file}: {info.Length / (1024 * 1024)} MiB, over the {MaxBytes / (1024 * 1024)} MiB limit for an SBOM");
        }

        var suffix = Detect(file) ?? throw new InvalidDataException($"{file}: not a CycloneDX or SPDX JSON document (no bomFormat or spdxVersion at the top level)");
        var repository = name ?? info.Name.Split('.')[0];
        if (repository.Length == 0 || repository.IndexOfAny(['/', '\\']) >= 0 || repository is "." or "..")
        {
            throw new ArgumentException($"'{repository}' cannot name a repository", nameof(name));
        }

        var folder = Path.Combine(storeFolder, "sboms", repository);
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder))
        {
            File.Delete(old);
        }

        File.Copy(file, Path.Combine(folder, "sbom" + suffix), overwrite: true);
        return (folder, repository);
    }

    /// <summary>".cdx.json" or ".spdx.json" from the document's top-level keys, read as a stream.</summary>
    private static string? Detect(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: read < buffer.Length, default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("bomFormat"))
                    {
                        return ".cdx.json";
                    }

                    if (reader.ValueTextEquals("spdxVersion"))
                    {
                        return ".spdx.json";
                    }
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
