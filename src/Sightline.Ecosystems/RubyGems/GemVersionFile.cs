using System.Text;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Resolves `s.version = Foo::Bar::VERSION` the common way gems define it: `VERSION = "1.2.3"` in the
/// file the gemspec requires, or by convention in lib/foo/bar/version.rb.
/// </summary>
internal static class GemVersionFile
{
    /// <summary>Candidate files, relative to the gemspec's folder, in the order to try them.</summary>
    public static IEnumerable<string> Candidates(Gemspec gemspec)
    {
        foreach (var required in gemspec.Requires)
        {
            yield return required;
        }

        if (gemspec.VersionConstant is { } constant)
        {
            var modules = constant.Split("::");
            if (modules.Length > 1)
            {
                yield return "lib/" + string.Join('/', modules[..^1].Select(SnakeCase)) + "/version.rb";
            }
        }
    }

    /// <summary>The string assigned to the constant's last name (VERSION) in a Ruby file, if literal.</summary>
    public static string? Find(Stream stream, string constant)
    {
        var name = constant[(constant.LastIndexOf(':') + 1)..];
        using var reader = new StreamReader(stream);
        foreach (var statement in RubyStatements.Read(reader))
        {
            var tokens = statement.Tokens;
            if (tokens.Count >= 3 && tokens[0].IsIdent(name) && tokens[1].Kind == RubyTokenKind.Assign
                && new ArgumentValue(tokens, 2, tokens.Count).SingleString() is { } version)
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>ActiveSupport → active_support, as Ruby file names spell modules.</summary>
    internal static string SnakeCase(string module)
    {
        var builder = new StringBuilder(module.Length + 4);
        for (var i = 0; i < module.Length; i++)
        {
            var c = module[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0 && (char.IsAsciiLetterLower(module[i - 1]) || (i + 1 < module.Length && char.IsAsciiLetterLower(module[i + 1]) && char.IsAsciiLetterUpper(module[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
