namespace Sightline.Fleet.Ownership;

internal sealed partial class CodeOwnersParser
{
    private static readonly char[] Whitespace = [' ', '\t', '\f', '\v'];

    /// <summary>Splits at unescaped whitespace; a backslash and the character it escapes stay in the token.</summary>
    internal static List<string> Tokenize(ReadOnlySpan<char> line)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var end = i == line.Length || Whitespace.Contains(line[i]);
            if (!end && start < 0)
            {
                start = i;
            }

            if (!end && line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
            }
            else if (end && start >= 0)
            {
                tokens.Add(line[start..i].ToString());
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>
    /// The owners after the pattern, distinct without case. GitHub: '#' after whitespace starts a comment,
    /// and a malformed owner makes the whole line invalid, which GitHub skips (null). GitLab has no inline
    /// comments, so owners written after a '#' still count (its documentation says so); malformed owners
    /// are dropped and the rest kept.
    /// </summary>
    private List<string>? ReadOwners(int number, List<string> tokens)
    {
        var owners = new List<string>();
        var invalid = new List<string>();
        var comment = false;
        foreach (var token in tokens.Skip(1))
        {
            if (token.StartsWith('#') && !comment)
            {
                if (flavor == CodeOwnersFlavor.GitHub)
                {
                    break;
                }

                comment = true;
                Report(number, "GitLab has no inline comments: owners written after '#' still count");
                continue;
            }

            if (OwnerSyntax.IsValid(token, flavor))
            {
                if (!owners.Contains(token, StringComparer.OrdinalIgnoreCase))
                {
                    owners.Add(token);
                }
            }
            else if (!comment)
            {
                invalid.Add(token);
            }
        }

        if (invalid.Count == 0)
        {
            return owners;
        }

        var list = string.Join(", ", invalid.Select(t => "'" + t + "'"));
        var what = invalid.Count == 1 ? "is not a valid owner" : "are not valid owners";
        if (flavor == CodeOwnersFlavor.GitHub)
        {
            Report(number, $"{list} {what} ({OwnerSyntax.Describe(flavor)}): GitHub skips a line with invalid syntax");
            return null;
        }

        Report(number, $"{list} {what} ({OwnerSyntax.Describe(flavor)}): ignored, the other owners kept");
        return owners;
    }
}
