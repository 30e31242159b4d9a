using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm.Installed;

/// <summary>
/// Folder names in pnpm's virtual store (node_modules/.pnpm/&lt;folder&gt;/node_modules/&lt;name&gt;), as pnpm
/// derives them from a package's key: "/" and other characters a file name cannot hold become "+", peer
/// suffixes "(a@1)(b@2)" become "_a@1_b@2". pnpm hashes names over 120 characters or with capitals; those
/// are not guessed.
/// </summary>
internal static class PnpmVirtualStore
{
    private const int MaxFolderLength = 120;

    /// <summary>The folder for a package without peer suffix: "@s+a@1.0.0".</summary>
    public static string? PlainFolder(string name, string version) => Sanitise(name + "@" + version);

    /// <summary>
    /// The folder for the node's lockfile key ("/a@1.0.0(react@18.2.0)", "a@1.0.0(...)", v5 "/a/1.0.0_react@18.2.0"),
    /// or null when the key does not start with the node's name.
    /// </summary>
    public static string? KeyFolder(PackageNode node)
    {
        if (node.Location is not { } key)
        {
            return null;
        }

        var bare = key.StartsWith('/') ? key[1..] : key;
        var name = node.Name;
        if (bare.Length <= name.Length + 1 || !bare.StartsWith(name, StringComparison.Ordinal) || bare[name.Length] is not ('@' or '/'))
        {
            return null;
        }

        return Sanitise(name + "@" + bare[(name.Length + 1)..]);
    }

    private static string? Sanitise(string depPath)
    {
        var chars = depPath.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                chars[i] = '+';
            }
        }

        var folder = new string(chars);
        if (folder.Contains('(', StringComparison.Ordinal))
        {
            folder = folder.Replace(")(", "_", StringComparison.Ordinal).Replace('(', '_');
            folder = folder.EndsWith(')') ? folder[..^1] : folder;
        }

        return folder.Length > MaxFolderLength || !folder.Equals(folder.ToLowerInvariant(), StringComparison.Ordinal) ? null : folder;
    }
}
