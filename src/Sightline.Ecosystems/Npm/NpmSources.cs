using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm;

/// <summary>Classifies where an npm package comes from, from a resolved URL or a declared spec.</summary>
internal static class NpmSources
{
    public static PackageSource Classify(string? resolvedOrSpec)
    {
        if (string.IsNullOrEmpty(resolvedOrSpec))
        {
            return PackageSource.Registry;
        }

        var s = resolvedOrSpec;
        if (s.StartsWith("file:", StringComparison.Ordinal) || s.StartsWith("link:", StringComparison.Ordinal)
            || s.StartsWith("workspace:", StringComparison.Ordinal) || s.StartsWith("portal:", StringComparison.Ordinal))
        {
            return PackageSource.Local;
        }

        if (s.StartsWith("git+", StringComparison.Ordinal) || s.StartsWith("git:", StringComparison.Ordinal)
            || s.StartsWith("git@", StringComparison.Ordinal) || s.StartsWith("github:", StringComparison.Ordinal)
            || s.StartsWith("gitlab:", StringComparison.Ordinal) || s.StartsWith("bitbucket:", StringComparison.Ordinal)
            || s.StartsWith("ssh://", StringComparison.Ordinal)
            || s.Contains("codeload.github.com/", StringComparison.Ordinal))
        {
            return PackageSource.Git;
        }

        if (s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal))
        {
            // Registries (npmjs, yarnpkg, private ones) serve tarballs at ".../<name>/-/<file>.tgz".
            return s.Contains("/-/", StringComparison.Ordinal) ? PackageSource.Registry
                : s.Contains(".git#", StringComparison.Ordinal) ? PackageSource.Git
                : PackageSource.Url;
        }

        // A relative or absolute path (package-lock "resolved" of a link, or "../x").
        if (s.StartsWith('.') || s.StartsWith('/'))
        {
            return PackageSource.Local;
        }

        return PackageSource.Registry;
    }

    /// <summary>
    /// A repository-relative folder as seen from the lockfile's folder: node locations are lockfile keys
    /// ("node_modules/a", "packages/web"), whichever folder the lockfile sits in.
    /// </summary>
    public static string RelativeTo(string lockfileFolder, string path) =>
        lockfileFolder.Length == 0 ? path
            : path == lockfileFolder ? "."
            : path.StartsWith(lockfileFolder + "/", StringComparison.Ordinal) ? path[(lockfileFolder.Length + 1)..]
            : path;

    /// <summary>Splits "name@range" (the name may be scoped: "@scope/name@range").</summary>
    public static (string Name, string Range) SplitSpec(string spec)
    {
        var at = spec.IndexOf('@', spec.StartsWith('@') ? 1 : 0);
        return at <= 0 ? (spec, string.Empty) : (spec[..at], spec[(at + 1)..]);
    }

    /// <summary>For an alias range "npm:real@^1.2", the real package name and its range.</summary>
    public static bool TryParseAlias(string range, out string realName, out string realRange)
    {
        if (range.StartsWith("npm:", StringComparison.Ordinal) && range.Length > 4)
        {
            var (name, rest) = SplitSpec(range[4..]);
            // "npm:^1.2.3" (berry's plain registry protocol) is not an alias.
            if (name.Length > 0 && !IsRangeStart(name[0]))
            {
                realName = name;
                realRange = rest;
                return true;
            }
        }

        realName = string.Empty;
        realRange = string.Empty;
        return false;
    }

    private static bool IsRangeStart(char c) => char.IsAsciiDigit(c) || c is '^' or '~' or '<' or '>' or '=' or '*';

    /// <summary>True when a declared range pins one exact version ("1.2.3", "=1.2.3", "v1.2.3-beta.1").</summary>
    public static bool IsExactVersion(string range, out string version)
    {
        var s = range.Trim();
        if (s.StartsWith('='))
        {
            s = s[1..].Trim();
        }

        if (s.StartsWith('v'))
        {
            s = s[1..];
        }

        version = s;
        if (s.Length == 0 || s.Contains(' ', StringComparison.Ordinal) || s.Contains('|', StringComparison.Ordinal))
        {
            return false;
        }

        var cut = s.IndexOfAny(['-', '+']);
        var parts = (cut < 0 ? s : s[..cut]).Split('.');
        return parts.Length == 3 && Array.TrueForAll(parts, p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
