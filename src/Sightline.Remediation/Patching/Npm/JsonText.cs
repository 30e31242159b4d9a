using System.Globalization;
using System.Text;

namespace Sightline.Remediation.Patching.Npm;

/// <summary>Writes new JSON members in the layout of the object they join.</summary>
internal static class JsonText
{
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// The edit that appends <c>"key": value</c> (value already JSON) as the object's last member, copying
    /// the indentation of its members, the spacing after their colon and the file's line ending.
    /// </summary>
    public static TextEdit AppendMember(string text, JsonSpan obj, string key, string value, string indentUnit)
    {
        var newline = TextEdits.LineEnding(text);
        var member = Quote(key) + Separator(text, obj) + value;
        if (obj.Members.Count == 0)
        {
            var parentIndent = TextEdits.IndentOf(text, obj.Start);
            var close = obj.End - 1;
            return new TextEdit(obj.Start + 1, close - obj.Start - 1, newline + parentIndent + indentUnit + member + newline + parentIndent);
        }

        var last = obj.Members[^1];
        var multiLine = TextEdits.StartsLine(text, last.KeyStart);
        var insertion = multiLine ? "," + newline + TextEdits.IndentOf(text, last.KeyStart) + member : ", " + member;
        return new TextEdit(last.Value.End, 0, insertion);
    }

    /// <summary>The unit of indentation the file uses: its first indented member's indentation, else two spaces.</summary>
    public static string IndentUnit(string text, JsonSpan root)
    {
        var first = root.Members.Find(member => TextEdits.StartsLine(text, member.KeyStart));
        return first is null ? "  " : TextEdits.IndentUnit(TextEdits.IndentOf(text, root.Start), TextEdits.IndentOf(text, first.KeyStart));
    }

    /// <summary>A member value as JSON text, indented one level below <paramref name="indent"/>.</summary>
    public static string ObjectWith(string key, string value, string indent, string indentUnit, string separator, string newline) =>
        "{" + newline + indent + indentUnit + Quote(key) + separator + value + newline + indent + "}";

    /// <summary>What stands between a member's key and its value (": " or ":"), from the object's first member.</summary>
    public static string Separator(string text, JsonSpan obj)
    {
        if (obj.Members.Count == 0)
        {
            return ": ";
        }

        var member = obj.Members[0];
        var keyEnd = text.IndexOf('"', member.KeyStart + 1);
        while (keyEnd > 0 && text[keyEnd - 1] == '\\')
        {
            keyEnd = text.IndexOf('"', keyEnd + 1);
        }

        var between = text.AsSpan(keyEnd + 1, member.Value.Start - keyEnd - 1);
        return between.Contains('\n') || between.Contains('\r') ? ": " : between.ToString();
    }
}
