using Sightline.Fleet.Ownership;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>Parses CODEOWNERS text written in a test and answers owner questions about it.</summary>
internal static class Owners
{
    public static CodeOwnersFile GitHub(string text) => Parse(text, CodeOwnersFlavor.GitHub);

    public static CodeOwnersFile GitLab(string text) => Parse(text, CodeOwnersFlavor.GitLab);

    public static CodeOwnersFile Parse(string text, CodeOwnersFlavor flavor) =>
        CodeOwnersFile.Parse(new StringReader(text), flavor == CodeOwnersFlavor.GitHub ? ".github/CODEOWNERS" : "CODEOWNERS", flavor);

    /// <summary>The owners of a path, space-separated; "" when unowned or unmatched.</summary>
    public static string Of(this CodeOwnersFile file, string path) => string.Join(' ', file.Match(path).Owners);

    /// <summary>The lines of the winning rules, comma-separated; "" when nothing matched.</summary>
    public static string LinesOf(this CodeOwnersFile file, string path) => string.Join(',', file.Match(path).Rules.Select(r => r.Line));

    /// <summary>Whether a single pattern matches a path under a flavor.</summary>
    public static bool Matches(string pattern, string path, CodeOwnersFlavor flavor) =>
        Parse(pattern + " @owner", flavor).Match(path).Matched;

    public static string Problems(this CodeOwnersFile file) => string.Join(" | ", file.Problems.Select(p => $"{p.Line}: {p.Message}"));
}
