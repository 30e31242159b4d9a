using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Go;

internal static partial class GoModParser
{
    private static readonly Versioning.Go.GoVersionScheme Versions = new(requireV: true);

    private static void Directive(GoModFile file, GoToken verb, IReadOnlyList<GoToken> tokens, int from, GoLine line, List<string> comments)
    {
        var args = new ArraySegment<GoToken>([.. tokens], from, tokens.Count - from);
        var number = line.Number;
        switch (verb.Text)
        {
            case "module":
                file.Module = Single(args, verb, number, "module path");
                file.Deprecated = Deprecation([.. comments, .. line.Comment is null ? Array.Empty<string>() : [line.Comment]]);
                break;
            case "go":
                file.Go = Single(args, verb, number, "go version");
                break;
            case "toolchain":
                file.Toolchain = Single(args, verb, number, "toolchain name");
                break;
            case "godebug":
                var setting = Single(args, verb, number, "key=value");
                if (!setting.Contains('=', StringComparison.Ordinal))
                {
                    throw new ManifestFormatException("usage: godebug key=value", number, args[0].Column);
                }

                file.Godebug.Add(setting);
                break;
            case "require":
                Expect(args, 2, verb, number, "module/path v1.2.3");
                file.Requires.Add(new GoRequire(Text(args[0], number), Version(args[1], number), IsIndirect(line.Comment), number));
                break;
            case "exclude":
                Expect(args, 2, verb, number, "module/path v1.2.3");
                file.Excludes.Add(new GoModuleVersion(Text(args[0], number), Version(args[1], number)));
                break;
            case "replace":
                file.Replaces.Add(Replace(args, verb, number));
                break;
            case "retract":
                file.Retracts.Add(Retract(args, verb, number, line.Comment));
                break;
            case "tool":
                file.Tools.Add(Single(args, verb, number, "package/path"));
                break;
            case "use":
                file.Uses.Add(new GoUse(Single(args, verb, number, "./module/folder"), number));
                break;
            default:
                // ignore, and directives of later Go versions: skipped like the go command's lax parser.
                break;
        }
    }

    private static string Single(ArraySegment<GoToken> args, GoToken verb, int number, string usage)
    {
        Expect(args, 1, verb, number, usage);
        return Text(args[0], number);
    }

    private static void Expect(ArraySegment<GoToken> args, int count, GoToken verb, int number, string usage)
    {
        if (args.Count != count)
        {
            var column = args.Count > count ? args[count].Column : verb.Column;
            throw new ManifestFormatException($"usage: {verb.Text} {usage}", number, column);
        }
    }

    private static string Text(GoToken token, int number) =>
        token.Kind is GoTokenKind.Ident or GoTokenKind.String && token.Text.Length > 0
            ? token.Text
            : throw new ManifestFormatException($"syntax error (unexpected '{token.Text}')", number, token.Column);

    private static string Version(GoToken token, int number)
    {
        var text = Text(token, number);
        return Versions.TryParse(text, out _)
            ? text
            : throw new ManifestFormatException($"invalid module version '{text}': must be of the form v1.2.3", number, token.Column);
    }

    /// <summary>modfile's isIndirect: the trailing comment is "indirect" or starts with "indirect;".</summary>
    private static bool IsIndirect(string? comment) =>
        comment is not null && (comment == "indirect" || comment.StartsWith("indirect;", StringComparison.Ordinal));

    /// <summary>modfile.IsDirectoryPath: Unix and Windows spellings, since go.mod files travel.</summary>
    internal static bool IsDirectoryPath(string path) =>
        path is "." or ".." || path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith(".\\", StringComparison.Ordinal)
        || path.StartsWith("../", StringComparison.Ordinal) || path.StartsWith("..\\", StringComparison.Ordinal)
        || path.StartsWith('/') || path.StartsWith('\\')
        || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
