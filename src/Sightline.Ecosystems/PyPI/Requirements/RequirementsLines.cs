using System.Text;

namespace Sightline.Ecosystems.PyPI.Requirements;

/// <summary>One logical line of a requirements file, with the number of its first physical line.</summary>
internal readonly record struct RequirementsLine(int Number, string Text);

/// <summary>
/// Splits a requirements file into logical lines as pip does: a trailing backslash continues the line, a '#'
/// at the start or after whitespace starts a comment. Streams line by line.
/// </summary>
internal static class RequirementsLines
{
    /// <summary>Longest logical line kept: a runaway continuation cannot grow without bound.</summary>
    private const int MaxLogicalLine = 1 << 20;

    public static IEnumerable<RequirementsLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new StringBuilder();
        var number = 0;
        var start = 0;
        while (reader.ReadLine() is { } physical)
        {
            number++;
            if (buffer.Length == 0)
            {
                start = number;
            }

            var line = StripComment(physical);
            if (line.EndsWith('\\') && buffer.Length < MaxLogicalLine)
            {
                buffer.Append(line.AsSpan(0, line.Length - 1)).Append(' ');
                continue;
            }

            buffer.Append(line);
            var text = buffer.ToString().Trim();
            buffer.Clear();
            if (text.Length > 0)
            {
                yield return new RequirementsLine(start, text);
            }
        }

        if (buffer.Length > 0 && buffer.ToString().Trim() is { Length: > 0 } rest)
        {
            yield return new RequirementsLine(start, rest);
        }
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i].TrimEnd();
            }
        }

        return line.TrimEnd();
    }
}
