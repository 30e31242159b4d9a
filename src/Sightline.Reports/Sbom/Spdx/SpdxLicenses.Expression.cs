namespace Sightline.Reports.Sbom.Spdx;

/// <summary>
/// A recursive-descent check of the SPDX license-expression grammar (Annex D):
/// or := and ("OR" and)*; and := term ("AND" term)*; term := "(" or ")" | id ["+"] ["WITH" id].
/// </summary>
internal sealed partial class SpdxLicenses
{
    public static bool IsExpression(string text)
    {
        var tokens = Tokens(text);
        var position = 0;
        return tokens.Count > 0 && Or(tokens, ref position) && position == tokens.Count;
    }

    private static List<string> Tokens(string text) =>
        [.. text.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static bool Or(List<string> tokens, ref int position)
    {
        if (!And(tokens, ref position))
        {
            return false;
        }

        while (position < tokens.Count && tokens[position] == "OR")
        {
            position++;
            if (!And(tokens, ref position))
            {
                return false;
            }
        }

        return true;
    }

    private static bool And(List<string> tokens, ref int position)
    {
        if (!Term(tokens, ref position))
        {
            return false;
        }

        while (position < tokens.Count && tokens[position] == "AND")
        {
            position++;
            if (!Term(tokens, ref position))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Term(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            return false;
        }

        if (tokens[position] == "(")
        {
            position++;
            if (!Or(tokens, ref position) || position >= tokens.Count || tokens[position] != ")")
            {
                return false;
            }

            position++;
            return true;
        }

        // "GPL-2.0+" means "or any later version": one trailing '+' on an id.
        var token = tokens[position++];
        if (!IsId(token.EndsWith('+') ? token[..^1] : token))
        {
            return false;
        }

        if (position < tokens.Count && tokens[position] == "WITH")
        {
            var exception = position + 1;
            position += 2;
            return exception < tokens.Count && IsId(tokens[exception]);
        }

        return true;
    }

    // An id is [A-Za-z0-9.-]+ with a letter in it, and not an operator or a known "no licence" word.
    private static bool IsId(string token) =>
        token.Length > 0
        && token is not ("AND" or "OR" or "WITH")
        && !NotLicenses.Contains(token)
        && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
        && token.Any(char.IsAsciiLetter);
}
