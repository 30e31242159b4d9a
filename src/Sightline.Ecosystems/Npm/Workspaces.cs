using System.Text;
using System.Text.RegularExpressions;

namespace Sightline.Ecosystems.Npm;

/// <summary>Matches workspace globs ("packages/*", "apps/**", "!packages/skip") against folders.</summary>
internal static class Workspaces
{
    /// <summary>The folders (relative to the workspace root) the globs select.</summary>
    public static List<string> Match(IReadOnlyList<string> globs, IEnumerable<string> candidateFolders)
    {
        var include = new List<Regex>();
        var exclude = new List<Regex>();
        foreach (var glob in globs)
        {
            var negated = glob.StartsWith('!');
            (negated ? exclude : include).Add(ToRegex(negated ? glob[1..] : glob));
        }

        var result = new List<string>();
        foreach (var folder in candidateFolders)
        {
            if (include.Exists(r => r.IsMatch(folder)) && !exclude.Exists(r => r.IsMatch(folder)))
            {
                result.Add(folder);
            }
        }

        return result;
    }

    /// <summary>Non-backtracking: a hostile glob ("**/**/**...") cannot make matching slow.</summary>
    private static Regex ToRegex(string glob)
    {
        var g = glob.Trim();
        while (g.StartsWith("./", StringComparison.Ordinal))
        {
            g = g[2..];
        }

        g = g.TrimEnd('/');
        var builder = new StringBuilder("^");
        for (var i = 0; i < g.Length; i++)
        {
            var c = g[i];
            if (c == '*' && i + 1 < g.Length && g[i + 1] == '*')
            {
                builder.Append(".*");
                i++;
                if (i + 1 < g.Length && g[i + 1] == '/')
                {
                    // "a/**/b" also matches "a/b".
                    builder.Append("/?");
                    i++;
                }
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
