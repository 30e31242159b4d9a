using System.Text;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// Read access to the go.mod files of a Go module cache (cache/download/&lt;escaped path&gt;/@v/&lt;escaped
/// version&gt;.mod). Paths and versions are checked before they touch the file system, so a hostile go.mod
/// cannot name a file outside the cache.
/// </summary>
internal sealed class GoModuleCache(string folder)
{
    /// <summary>A .mod file is a go.mod: anything larger is not one.</summary>
    private const long MaxModBytes = 4L * 1024 * 1024;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The module's go.mod at that version, or null when the cache does not hold it.</summary>
    public Stream? OpenMod(string modulePath, string version)
    {
        if (Escape(modulePath, isPath: true) is not { } path || Escape(version, isPath: false) is not { } escapedVersion)
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(Folder, "cache", "download", path, "@v", escapedVersion + ".mod"));
        if (!file.Exists || file.LinkTarget is not null || file.Length > MaxModBytes)
        {
            return null;
        }

        try
        {
            return file.OpenRead();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// golang.org/x/mod/module's escaping: an upper-case letter becomes "!" and its lower case (the cache
    /// must work on case-insensitive file systems). Null for text that is not a plain module path or version.
    /// </summary>
    internal static string? Escape(string text, bool isPath)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                builder.Append('!').Append(char.ToLowerInvariant(c));
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_' or '~' or '+' || (isPath && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                return null;
            }
        }

        var escaped = builder.ToString();
        foreach (var element in escaped.Split('/'))
        {
            if (element.Length == 0 || element is "." or ".." || element.StartsWith('.'))
            {
                return null;
            }
        }

        return isPath ? escaped.Replace('/', Path.DirectorySeparatorChar) : escaped;
    }
}
