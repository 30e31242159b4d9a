namespace Sightline.Core.Repositories;

/// <summary>Repository-relative path arithmetic ('/' separators, no leading slash).</summary>
public static class RepositoryPath
{
    /// <summary>The folder of a path: "" for a file at the root.</summary>
    public static string Directory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cut = path.LastIndexOf('/');
        return cut < 0 ? string.Empty : path[..cut];
    }

    public static string FileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>
    /// Joins a folder and a relative path, resolving "." and ".." and accepting '\' as written in MSBuild
    /// files. Null when the result would leave the repository.
    /// </summary>
    public static string? Combine(string directory, string relative)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(relative);
        var parts = new List<string>();
        var normalised = relative.Replace('\\', '/');
        if (!normalised.StartsWith('/'))
        {
            parts.AddRange(directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var part in normalised.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    /// <summary>The folders from <paramref name="directory"/> up to the root, nearest first ("a/b", "a", "").</summary>
    public static IEnumerable<string> SelfAndAncestors(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var current = directory;
        while (true)
        {
            yield return current;
            if (current.Length == 0)
            {
                yield break;
            }

            current = Directory(current);
        }
    }

    /// <summary>
    /// True for a path that names something inside the repository as written: '/'-separated, not rooted,
    /// no empty, "." or ".." segment, no backslash or ':' (a drive or stream on Windows), no control character.
    /// </summary>
    public static bool IsPlainRelative(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.AsSpan().IndexOfAny('\\', ':') >= 0 || path.Any(char.IsControl))
        {
            return false;
        }

        foreach (var part in path.Split('/'))
        {
            if (part is "" or "." or "..")
            {
                return false;
            }
        }

        return true;
    }
}
