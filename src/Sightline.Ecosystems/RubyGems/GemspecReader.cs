namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Reads a gemspec's `Gem::Specification.new do |s| ... end`: s.name, s.version (a literal, a local
/// variable holding one, or a `Foo::VERSION` constant left for <see cref="GemVersionFile"/>), and the
/// add_dependency / add_runtime_dependency / add_development_dependency calls.
/// </summary>
internal static partial class GemspecReader
{
    public static Gemspec Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var gemspec = new Gemspec();
        var locals = new Dictionary<string, string>(StringComparer.Ordinal);
        string? receiver = null;
        foreach (var statement in RubyStatements.Read(reader))
        {
            var tokens = statement.Tokens;
            var first = tokens[0];
            if (first.Kind != RubyTokenKind.Ident)
            {
                continue;
            }

            if (first.Value == "Gem::Specification" && tokens.Count > 2 && tokens[2].IsIdent("new"))
            {
                var args = Arguments.Parse(tokens, 2);
                gemspec.Name ??= args.Positional.ElementAtOrDefault(0)?.SingleString();
                gemspec.Version ??= args.Positional.ElementAtOrDefault(1)?.SingleString();
                receiver = BlockVariable(tokens);
            }
            else if (first.Value is "require" or "require_relative")
            {
                Require(tokens, first.Value == "require_relative", gemspec);
            }
            else if (tokens.Count > 2 && tokens[1].Kind == RubyTokenKind.Assign && char.IsAsciiLetterLower(first.Value[0]))
            {
                if (new ArgumentValue(tokens, 2, tokens.Count).SingleString() is { } value)
                {
                    locals[first.Value] = value;
                }
            }
            else if (tokens.Count > 2 && tokens[1].Kind == RubyTokenKind.Dot && (receiver is null || first.Value == receiver))
            {
                Member(tokens, statement.Line, locals, gemspec);
            }
        }

        return gemspec;
    }

    private static void Member(IReadOnlyList<RubyToken> tokens, int line, Dictionary<string, string> locals, Gemspec gemspec)
    {
        var member = tokens[2];
        if (tokens.Count > 4 && tokens[3].Kind == RubyTokenKind.Assign && member.Value is "license" or "licenses")
        {
            gemspec.License = License(new ArgumentValue(tokens, 4, tokens.Count), locals);
            return;
        }

        if (tokens.Count > 4 && tokens[3].Kind == RubyTokenKind.Assign && member.Value is "name" or "version")
        {
            var value = new ArgumentValue(tokens, 4, tokens.Count);
            var text = Literal(value, locals);
            if (member.Value == "name")
            {
                gemspec.Name = text ?? gemspec.Name;
            }
            else if (text is not null)
            {
                gemspec.Version = text;
            }
            else if (value[0] is { Kind: RubyTokenKind.Ident } constant && constant.Value.EndsWith("VERSION", StringComparison.Ordinal))
            {
                gemspec.VersionConstant = constant.Value;
            }

            return;
        }

        if (member.Value is not ("add_dependency" or "add_runtime_dependency" or "add_development_dependency"))
        {
            return;
        }

        var args = Arguments.Parse(tokens, 2);
        if (args.Positional.FirstOrDefault() is not { } nameArgument || Literal(nameArgument, locals) is not { } name)
        {
            return;
        }

        var requirements = new List<string>();
        foreach (var argument in args.Positional.Skip(1))
        {
            if (argument.Strings() is { } strings)
            {
                requirements.AddRange(strings);
            }
            else if (Literal(argument, locals) is { } local)
            {
                requirements.Add(local);
            }
        }

        gemspec.Dependencies.Add(new GemspecDependency(name, requirements.Count == 0 ? null : string.Join(", ", requirements),
            member.Value == "add_development_dependency", line));
    }

    /// <summary>A literal, or a local variable that was assigned one.</summary>
    private static string? Literal(ArgumentValue value, Dictionary<string, string> locals) =>
        value.SingleString()
        ?? (value.Count == 1 && value[0].Kind == RubyTokenKind.Ident && locals.TryGetValue(value[0].Value, out var local) ? local : null);

    private static string? BlockVariable(IReadOnlyList<RubyToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].IsIdent("do") && tokens[i + 1].Kind == RubyTokenKind.Pipe && tokens[i + 2].Kind == RubyTokenKind.Ident)
            {
                return tokens[i + 2].Value;
            }
        }

        return null;
    }

    /// <summary>require_relative "lib/x/version"; require "x/version" (from lib/); File.expand_path(..., __dir__ or __FILE__).</summary>
    private static void Require(IReadOnlyList<RubyToken> tokens, bool relative, Gemspec gemspec)
    {
        var path = tokens.FirstOrDefault(t => t is { Kind: RubyTokenKind.String, Literal: true }).Value;
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var expanded = tokens.Any(t => t.IsIdent("expand_path") || t.IsIdent("join"));
        if (tokens.Any(t => t.IsIdent("__FILE__")) && path.StartsWith("../", StringComparison.Ordinal))
        {
            // File.expand_path("../lib/x", __FILE__) is relative to the gemspec file, so one level less.
            path = path[3..];
        }
        else if (!relative && !expanded)
        {
            path = "lib/" + path;
        }

        gemspec.Requires.Add(path.EndsWith(".rb", StringComparison.Ordinal) ? path : path + ".rb");
    }
}
