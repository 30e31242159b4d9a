using System.Text.Json;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.JavaScript.Linking;

/// <summary>
/// The files a package exposes, from each package.json of the repository: main (index.js by default),
/// bin, module and every path under exports. A path into build output that is not in the repository
/// ("dist/index.js") is looked for as source ("src/index.ts").
/// </summary>
internal static class PackageEntries
{
    private static readonly string[] OutputFolders = ["dist/", "lib/", "build/", "out/"];

    public static HashSet<string> Find(IRepositoryFiles repository, Specifiers specifiers)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in repository.Files)
        {
            if ((manifest != "package.json" && !manifest.EndsWith("/package.json", StringComparison.Ordinal))
                || SourceFiles.SkipByName(manifest) is not null)
            {
                continue;
            }

            var folder = manifest.Length > "package.json".Length ? manifest[..^"/package.json".Length] : string.Empty;
            var paths = new List<string>();
            try
            {
                using var stream = repository.OpenRead(manifest);
                using var document = JsonDocument.Parse(stream);
                Collect(document.RootElement, paths);
            }
            catch (Exception ex) when (ex is JsonException or RepositoryFileException or IOException)
            {
                continue;
            }

            if (paths.Count == 0)
            {
                paths.Add("index.js");
            }

            foreach (var path in paths)
            {
                if (Locate(folder, path, specifiers) is { } file)
                {
                    entries.Add(file);
                }
            }
        }

        return entries;
    }

    private static void Collect(JsonElement root, List<string> paths)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var key in (string[])["main", "module", "bin", "exports"])
        {
            if (root.TryGetProperty(key, out var value))
            {
                Strings(value, paths);
            }
        }
    }

    private static void Strings(JsonElement value, List<string> paths)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } path:
                paths.Add(path);
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Strings(property.Value, paths);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Strings(item, paths);
                }

                break;
        }
    }

    private static string? Locate(string folder, string path, Specifiers specifiers)
    {
        var relative = Specifiers.Normalise(folder.Length == 0 ? path : folder + "/" + path);
        if (relative is null || relative.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        if (specifiers.ResolvePath(relative) is { } file)
        {
            return file;
        }

        var inFolder = folder.Length == 0 ? relative : relative[Math.Min(relative.Length, folder.Length + 1)..];
        foreach (var output in OutputFolders)
        {
            if (inFolder.StartsWith(output, StringComparison.Ordinal))
            {
                var source = (folder.Length == 0 ? string.Empty : folder + "/") + "src/" + inFolder[output.Length..];
                return specifiers.ResolvePath(source) ?? specifiers.ResolvePath(StripExtension(source));
            }
        }

        return null;
    }

    private static string StripExtension(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') ? path[..dot] : path;
    }
}
