using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Go;

internal static partial class GoModParser
{
    private const string ReplaceUsage = "module/path [v1.2.3] => other/module v1.4 | module/path [v1.2.3] => ../local/directory";

    private static GoReplace Replace(ArraySegment<GoToken> args, GoToken verb, int number)
    {
        var arrow = args.Count >= 2 && args[1] is { Kind: GoTokenKind.Ident, Text: "=>" } ? 1 : 2;
        if (args.Count < arrow + 2 || args.Count > arrow + 3 || args[arrow] is not { Kind: GoTokenKind.Ident, Text: "=>" })
        {
            throw new ManifestFormatException($"usage: {verb.Text} {ReplaceUsage}", number, args.Count > 0 ? args[0].Column : verb.Column);
        }

        var oldPath = Text(args[0], number);
        var oldVersion = arrow == 2 ? Version(args[1], number) : null;
        var newPath = Text(args[arrow + 1], number);
        string? newVersion = null;
        if (args.Count == arrow + 2)
        {
            if (!IsDirectoryPath(newPath))
            {
                throw new ManifestFormatException(
                    "replacement module without version must be directory path (rooted or starting with . or ..)", number, args[arrow + 1].Column);
            }
        }
        else
        {
            newVersion = Version(args[arrow + 2], number);
            if (IsDirectoryPath(newPath))
            {
                throw new ManifestFormatException($"replacement module directory path '{newPath}' cannot have version", number, args[arrow + 2].Column);
            }
        }

        return new GoReplace(oldPath, oldVersion, newPath, newVersion, number);
    }

    /// <summary>`retract v1.0.0` or `retract [v1.0.0, v1.9.9]`; the trailing comment is the rationale.</summary>
    private static GoRetract Retract(ArraySegment<GoToken> args, GoToken verb, int number, string? comment)
    {
        if (args.Count == 1)
        {
            var version = Version(args[0], number);
            return new GoRetract(version, version, comment);
        }

        if (args.Count == 5 && args[0].Kind == GoTokenKind.LBracket && args[2].Kind == GoTokenKind.Comma && args[4].Kind == GoTokenKind.RBracket)
        {
            return new GoRetract(Version(args[1], number), Version(args[3], number), comment);
        }

        throw new ManifestFormatException($"usage: {verb.Text} v1.2.3 | {verb.Text} [v1.2.3, v1.3.0]", number, args.Count > 0 ? args[0].Column : verb.Column);
    }

    /// <summary>
    /// modfile's parseDeprecation: the comment lines above the directive and its trailing comment, joined;
    /// the paragraph that starts with "Deprecated:" (paragraphs are split by an empty "//" line).
    /// </summary>
    private static string? Deprecation(IReadOnlyList<string> comments)
    {
        for (var i = 0; i < comments.Count; i++)
        {
            if ((i > 0 && comments[i - 1].Length > 0) || !comments[i].StartsWith("Deprecated:", StringComparison.Ordinal))
            {
                continue;
            }

            var paragraph = new List<string> { comments[i]["Deprecated:".Length..].TrimStart() };
            for (var j = i + 1; j < comments.Count && comments[j].Length > 0; j++)
            {
                paragraph.Add(comments[j]);
            }

            return string.Join('\n', paragraph);
        }

        return null;
    }
}
