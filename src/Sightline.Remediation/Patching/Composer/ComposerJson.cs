using System.Text;
using System.Text.Json;

namespace Sightline.Remediation.Patching.Composer;

/// <summary>One "name": "constraint" member of require / require-dev, with character offsets into the text.</summary>
internal sealed record ComposerMember(string Name, int NameStart, int NameEnd, int ValueStart, int ValueEnd, string Value, bool Escaped)
{
    public int ContentStart => ValueStart + 1;

    public int ContentEnd => ValueEnd - 1;
}

/// <summary>A top-level require or require-dev object: its braces and string members.</summary>
internal sealed record ComposerSection(string Name, int KeyStart, int Open, int Close, IReadOnlyList<ComposerMember> Members);

/// <summary>Reads the require sections of a composer.json with Utf8JsonReader, mapping its byte offsets back to characters.</summary>
internal static class ComposerJson
{
    public static List<ComposerSection> Sections(string text)
    {
        var skip = text.StartsWith('\uFEFF') ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(text, skip, text.Length - skip);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        int Char(long offset) => skip + Encoding.UTF8.GetCharCount(bytes, 0, (int)offset);
        var sections = new List<ComposerSection>();
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var name = reader.GetString()!;
            var keyStart = Char(reader.TokenStartIndex);
            if (!reader.Read())
            {
                break;
            }

            if (name is not ("require" or "require-dev") || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var open = Char(reader.TokenStartIndex);
            var members = new List<ComposerMember>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.GetString()!;
                var nameStart = Char(reader.TokenStartIndex);
                var nameEnd = Char(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    var start = Char(reader.TokenStartIndex);
                    var end = Char(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    members.Add(new ComposerMember(member, nameStart, nameEnd, start, end, reader.GetString()!, reader.ValueIsEscaped));
                }
                else
                {
                    reader.Skip();
                }
            }

            sections.Add(new ComposerSection(name, keyStart, open, Char(reader.TokenStartIndex), members));
        }

        return sections;
    }
}
