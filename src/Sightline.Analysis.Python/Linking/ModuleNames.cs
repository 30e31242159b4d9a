namespace Sightline.Analysis.Python.Linking;

/// <summary>
/// A file's dotted module name from its path: inside a package (a folder with __init__.py) the chain of
/// package folders up to the first one without __init__.py ("src/shop/api/views.py" → "shop.api.views");
/// otherwise (namespace packages, scripts) the folders below the nearest project root — a folder holding
/// pyproject.toml, setup.py or setup.cfg, a "src" folder, or the repository root.
/// </summary>
internal static class ModuleNames
{
    private static readonly string[] ProjectFiles = ["pyproject.toml", "setup.py", "setup.cfg"];

    /// <summary>
    /// Each file's module name; when two files would share one (two projects of a monorepo each with an
    /// app.py), the later ones (in path order) are named by their whole path ("services.b.app") so ids stay unique.
    /// </summary>
    public static IEnumerable<(string Path, string Module)> Unique(IEnumerable<string> paths, ISet<string> files)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var module = Of(path, files);
            if (!taken.Add(module))
            {
                module = path[..^3].Replace('/', '.');
                taken.Add(module);
            }

            yield return (path, module);
        }
    }

    public static string Of(string path, ISet<string> files)
    {
        var segments = path.Split('/');
        var stem = segments[^1][..^3];
        var parts = new List<string>();
        if (stem != "__init__")
        {
            parts.Add(stem);
        }

        var dir = segments.Length - 1;
        if (dir > 0 && HasInit(segments, dir, files))
        {
            while (dir > 0 && HasInit(segments, dir, files))
            {
                parts.Insert(0, segments[dir - 1]);
                dir--;
            }
        }
        else
        {
            while (dir > 0 && segments[dir - 1] != "src" && !IsProjectRoot(segments, dir, files))
            {
                parts.Insert(0, segments[dir - 1]);
                dir--;
            }
        }

        return parts.Count == 0 ? stem : string.Join('.', parts);
    }

    /// <summary>Does the folder made of the first <paramref name="count"/> segments hold __init__.py?</summary>
    private static bool HasInit(string[] segments, int count, ISet<string> files) =>
        files.Contains(string.Join('/', segments[..count]) + "/__init__.py");

    private static bool IsProjectRoot(string[] segments, int count, ISet<string> files)
    {
        var folder = string.Join('/', segments[..count]);
        return ProjectFiles.Any(f => files.Contains(folder + "/" + f));
    }
}
