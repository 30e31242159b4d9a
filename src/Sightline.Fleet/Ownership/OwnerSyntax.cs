namespace Sightline.Fleet.Ownership;

/// <summary>
/// What may stand in an owner position. GitHub: @user, @org/team, an email. GitLab: @user, @group,
/// @group/sub/group (any depth), @@role (developer, maintainer, owner, singular or plural), an email.
/// </summary>
internal static class OwnerSyntax
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "developer", "developers", "maintainer", "maintainers", "owner", "owners",
    };

    public static string Describe(CodeOwnersFlavor flavor) => flavor == CodeOwnersFlavor.GitHub
        ? "@user, @org/team or an email address"
        : "@user, @group, @group/subgroup, @@role or an email address";

    public static bool IsValid(ReadOnlySpan<char> token, CodeOwnersFlavor flavor)
    {
        if (token.Length < 2)
        {
            return false;
        }

        if (token[0] != '@')
        {
            return IsEmail(token);
        }

        if (flavor == CodeOwnersFlavor.GitLab && token[1] == '@')
        {
            return Roles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token[2..]);
        }

        var name = token[1..];
        var parts = 0;
        foreach (var range in name.Split('/'))
        {
            var part = name[range];
            var github = flavor == CodeOwnersFlavor.GitHub;
            if (part.IsEmpty || !All(part, c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && !github)))
            {
                return false;
            }

            parts++;
        }

        // GitHub knows users and org/team, nothing deeper; GitLab nests groups freely.
        return flavor == CodeOwnersFlavor.GitLab || parts <= 2;
    }

    private static bool IsEmail(ReadOnlySpan<char> token)
    {
        var at = token.IndexOf('@');
        if (at <= 0 || token[(at + 1)..].Contains('@'))
        {
            return false;
        }

        var local = token[..at];
        var domain = token[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return All(local, c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-')
            && dot > 0 && dot < domain.Length - 2
            && !domain.StartsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && All(domain, c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            && All(domain[(dot + 1)..], char.IsAsciiLetter);
    }

    private static bool All(ReadOnlySpan<char> text, Func<char, bool> accept)
    {
        foreach (var c in text)
        {
            if (!accept(c))
            {
                return false;
            }
        }

        return true;
    }
}
