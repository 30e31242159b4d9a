using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.RubyGems;

internal static partial class GemLockfileParser
{
    /// <summary>Splits `name`, `name (inside)`, `name!` or `name (inside)!`.</summary>
    private static (string Name, string? Inside, bool Bang) NameAndParenthesis(string text, int number, int indent, bool allowBang)
    {
        var bang = false;
        if (text.EndsWith('!'))
        {
            if (!allowBang)
            {
                throw new ManifestFormatException($"unexpected '!' in '{Shorten(text)}'", number, indent + text.Length);
            }

            bang = true;
            text = text[..^1];
        }

        var open = text.IndexOf(" (", StringComparison.Ordinal);
        string name;
        string? inside = null;
        if (open < 0)
        {
            name = text;
        }
        else
        {
            if (!text.EndsWith(')'))
            {
                throw new ManifestFormatException($"unclosed '(' in '{Shorten(text)}'", number, indent + open + 2);
            }

            name = text[..open];
            inside = text[(open + 2)..^1].Trim();
        }

        if (!IsGemName(name))
        {
            throw new ManifestFormatException($"'{Shorten(name)}' is not a gem name", number, indent + 1);
        }

        return (name, inside, bang);
    }

    /// <summary>Gem names are letters, digits, '.', '-' and '_' (RubyGems' own rule).</summary>
    internal static bool IsGemName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
