using Sightline.Core.Model;

namespace Sightline.Ecosystems.RubyGems;

internal static partial class GemfileReader
{
    /// <summary>
    /// development → Dev, test → Test, any other group (or none) → Runtime, a group declared
    /// `optional: true` → Optional (Bundler installs it only on request).
    /// </summary>
    internal static DependencyScope ScopeOfGroup(string group, bool optional) => group switch
    {
        "development" or "dev" => DependencyScope.Dev,
        "test" or "tests" => DependencyScope.Test,
        "default" => DependencyScope.Runtime,
        _ => optional ? DependencyScope.Optional : DependencyScope.Runtime,
    };

    private static void Gem(Arguments args, Frame frame, int line, Gemfile gemfile, List<(string, string?, List<string>, string?, string?, int)> pending)
    {
        if (args.Positional.FirstOrDefault()?.SingleString() is not { } name || !GemLockfileParser.IsGemName(name))
        {
            gemfile.Skipped.Add((line, "a gem whose name is computed at run time"));
            return;
        }

        var requirements = args.Positional.Skip(1).SelectMany(a => a.Strings() ?? []).ToList();
        var groups = new List<string>(frame.Groups);
        groups.AddRange(args.Keyword("group")?.Strings() ?? []);
        groups.AddRange(args.Keyword("groups")?.Strings() ?? []);
        var git = args.Keyword("git")?.SingleString() ?? GitUrl("github", args.Keyword("github")?.SingleString()) ?? frame.Git;
        var path = args.Keyword("path")?.SingleString() ?? frame.Path;
        pending.Add((name, requirements.Count == 0 ? null : string.Join(", ", requirements), groups.Distinct().ToList(), git, path, line));
    }

    private static bool HasInlineGem(RubyStatement statement)
    {
        for (var i = 1; i < statement.Tokens.Count; i++)
        {
            if (statement.Tokens[i].IsIdent("gem") && statement.Tokens[i - 1].Kind is RubyTokenKind.Pipe or RubyTokenKind.Open)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensExpressionBlock(RubyStatement statement)
    {
        var tokens = statement.Tokens;
        if (tokens[^1].IsIdent("end"))
        {
            return false;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == RubyTokenKind.Ident && BlockKeywords.Contains(tokens[i].Value)
                && tokens[i - 1].Kind is RubyTokenKind.Assign or RubyTokenKind.Other or RubyTokenKind.Open or RubyTokenKind.Comma)
            {
                return true;
            }
        }

        return false;
    }

    private static string? GitUrl(string kind, string? value) =>
        value is null ? null : kind == "github" && !value.Contains(':', StringComparison.Ordinal) ? $"https://github.com/{value}.git" : value;

    /// <summary>The groups, git and path a block gives the gems inside it.</summary>
    private sealed record Frame(IReadOnlyList<string> Groups, string? Git, string? Path);
}
