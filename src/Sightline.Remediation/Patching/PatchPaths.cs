namespace Sightline.Remediation.Patching;

/// <summary>Repository-relative path arithmetic ('/'-separated; a '\' is read as a separator too).</summary>
internal static class PatchPaths
{
    public static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    /// <summary>The folder holding <paramref name="path"/>; "" at the repository root.</summary>
    public static string Folder(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? "" : path[..slash].Replace('\\', '/');
    }

    /// <summary>The folder and each of its ancestors up to the root ("").</summary>
    public static IEnumerable<string> FolderAndAncestors(string path)
    {
        var folder = Folder(path);
        while (true)
        {
            yield return folder;
            if (folder.Length == 0)
            {
                yield break;
            }

            folder = Folder(folder);
        }
    }

    public static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
