namespace Sightline.Ecosystems.Npm;

/// <summary>Matches workspace globs ("packages/*", "apps/**", "!packages/skip") against folders.</summary>
internal static class Workspaces
{
    /// <summary>The folders (relative to the workspace root) the globs select.</summary>
    public static List<string> Match(IReadOnlyList<string> globs, IEnumerable<string> candidateFolders)
    {
        var include = new List<string[]>();
        var exclude = new List<string[]>();
        foreach (var glob in globs)
        {
            var negated = glob.StartsWith('!');
            (negated ? exclude : include).Add(Segments(negated ? glob[1..] : glob));
        }

        var result = new List<string>();
        foreach (var folder in candidateFolders)
        {
            var path = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (include.Exists(p => Matches(p, path)) && !exclude.Exists(p => Matches(p, path)))
            {
                result.Add(folder);
            }
        }

        return result;
    }

    private static string[] Segments(string glob)
    {
        var g = glob.Trim();
        while (g.StartsWith("./", StringComparison.Ordinal))
        {
            g = g[2..];
        }

        return g.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// "**" matches any number of folders, "*" and "?" stay within one folder name. Memoised over
    /// (pattern segment, path segment), so a hostile glob ("**/**/**/...") stays polynomial.
    /// </summary>
    private static bool Matches(string[] pattern, string[] path)
    {
        var memo = new bool?[pattern.Length + 1, path.Length + 1];
        bool At(int p, int s)
        {
            if (memo[p, s] is { } known)
            {
                return known;
            }

            bool result;
            if (p == pattern.Length)
            {
                result = s == path.Length;
            }
            else if (pattern[p] == "**")
            {
                result = At(p + 1, s) || (s < path.Length && At(p, s + 1));
            }
            else
            {
                result = s < path.Length && SegmentMatches(pattern[p], path[s]) && At(p + 1, s + 1);
            }

            memo[p, s] = result;
            return result;
        }

        return At(0, 0);
    }

    /// <summary>Wildcard match of one folder name: '*' any run, '?' one character (greedy with backtrack point, linear).</summary>
    private static bool SegmentMatches(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
