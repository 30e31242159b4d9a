using System.Text;

namespace Sightline.Ecosystems.NuGet.MsBuild;

/// <summary>
/// Expands simple $(Property) references. A reference to an undefined property, a property function
/// ($([MSBuild]::...), $(X.Replace(...))) or an item/metadata reference (@(...), %(...)) is left as
/// written, so the caller can see that the value is not known and say why, instead of guessing.
/// </summary>
internal static class MsBuildExpander
{
    public static string Expand(string text, Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lookup);
        if (!text.Contains("$(", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("$(", i, StringComparison.Ordinal);
            if (start < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, start - i);
            var end = MatchingParen(text, start + 1);
            if (end < 0)
            {
                builder.Append(text, start, text.Length - start);
                break;
            }

            var inner = text.Substring(start + 2, end - start - 2).Trim();
            var value = IsName(inner) ? lookup(inner) : null;
            builder.Append(value ?? text.Substring(start, end - start + 1));
            i = end + 1;
        }

        return builder.ToString();
    }

    /// <summary>The $(...) references still in an expanded value: undefined properties or property functions.</summary>
    public static IReadOnlyList<string> Unexpanded(string text)
    {
        var found = new List<string>();
        var i = 0;
        while ((i = text.IndexOf("$(", i, StringComparison.Ordinal)) >= 0)
        {
            var end = MatchingParen(text, i + 1);
            if (end < 0)
            {
                found.Add(text[i..]);
                break;
            }

            found.Add(text.Substring(i, end - i + 1));
            i = end + 1;
        }

        return found;
    }

    /// <summary>Why a value with unexpanded references is unknown, in words.</summary>
    public static string Explain(string text)
    {
        var parts = new List<string>();
        foreach (var reference in Unexpanded(text))
        {
            var inner = reference.Length > 3 ? reference[2..^1].Trim() : reference;
            parts.Add(IsName(inner)
                ? $"property {inner} is not defined in the project, Directory.Build.props or Directory.Packages.props"
                : $"'{reference}' is an MSBuild property function, which is not evaluated");
        }

        return parts.Count == 0 ? "value is not known" : string.Join("; ", parts);
    }

    public static bool IsName(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static int MatchingParen(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
