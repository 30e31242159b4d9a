using Sightline.Core.Model;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Reads a Gemfile statement by statement (see <see cref="RubyStatements"/>): `gem`, `gemspec`, and the
/// blocks that wrap them (`group`, `platforms`, `install_if`, `source`, `git`, `path`, `if`/`unless`...).
/// Both branches of a conditional count: the reader does not run Ruby, and Bundler locks either way.
/// </summary>
internal static partial class GemfileReader
{
    private static readonly HashSet<string> BlockKeywords = new(StringComparer.Ordinal)
    {
        "if", "unless", "case", "while", "until", "begin", "def", "class", "module", "for",
    };

    public static Gemfile Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var gemfile = new Gemfile();
        var optionalGroups = new HashSet<string>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        frames.Push(new Frame([], null, null));
        var pending = new List<(string Name, string? Requirement, List<string> Groups, string? Git, string? Path, int Line)>();
        foreach (var statement in RubyStatements.Read(reader))
        {
            var first = statement.First!.Value;
            var frame = frames.Peek();
            if (first.IsIdent("end"))
            {
                if (frames.Count > 1)
                {
                    frames.Pop();
                }

                continue;
            }

            if (first.Kind == RubyTokenKind.Ident && BlockKeywords.Contains(first.Value))
            {
                if (!statement.Tokens[^1].IsIdent("end"))
                {
                    frames.Push(frame);
                }

                continue;
            }

            if (OpensExpressionBlock(statement))
            {
                // x = if cond ... end, x ||= begin ... end: the block's `end` comes on a later line.
                frames.Push(frame);
                continue;
            }

            var args = Arguments.Parse(statement.Tokens, 0);
            switch (first.Kind == RubyTokenKind.Ident ? first.Value : null)
            {
                case "gem":
                    Gem(args, frame, statement.Line, gemfile, pending);
                    break;
                case "gemspec":
                    gemfile.Gemspecs.Add(new GemspecDirective(
                        args.Keyword("path")?.SingleString() ?? ".", args.Keyword("name")?.SingleString(),
                        args.Keyword("development_group")?.SingleString() ?? "development", statement.Line));
                    break;
                case "group" when statement.OpensBlock:
                    var groups = args.Positional.SelectMany(a => a.Strings() ?? []).ToList();
                    if (args.Keyword("optional")?.IsTrue() == true)
                    {
                        optionalGroups.UnionWith(groups);
                    }

                    frames.Push(frame with { Groups = [.. frame.Groups, .. groups] });
                    break;
                case "git" or "github" when statement.OpensBlock:
                    frames.Push(frame with { Git = GitUrl(first.Value, args.Positional.FirstOrDefault()?.SingleString()) });
                    break;
                case "path" when statement.OpensBlock:
                    frames.Push(frame with { Path = args.Positional.FirstOrDefault()?.SingleString() ?? "?" });
                    break;
                default:
                    if (HasInlineGem(statement))
                    {
                        gemfile.Skipped.Add((statement.Line, "a gem declared inside a one-line block or expression"));
                    }

                    // platforms, install_if, source, env and any other block: their contents count as written.
                    if (statement.OpensBlock)
                    {
                        frames.Push(frame);
                    }

                    break;
            }
        }

        foreach (var (name, requirement, groups, git, path, line) in pending)
        {
            var scope = groups.Count == 0
                ? DependencyScope.Runtime
                : groups.Select(g => ScopeOfGroup(g, optionalGroups.Contains(g))).Min();
            gemfile.Gems.Add(new GemDeclaration(name, requirement, groups, scope, git, path, line));
        }

        return gemfile;
    }
}
