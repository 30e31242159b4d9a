using System.Text;

namespace Sightline.Fleet.Deployments;

internal static partial class DockerfileParser
{
    /// <summary>
    /// Logical instructions with the line each starts on: continuation lines joined, comment and blank lines
    /// dropped, heredoc bodies (RUN &lt;&lt;EOF ... EOF) skipped.
    /// </summary>
    private static IEnumerable<(int Line, string Instruction)> Instructions(string text)
    {
        var lines = text.Split('\n');
        var escape = EscapeDirective(lines);
        var current = new StringBuilder();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (current.Length == 0)
            {
                start = i + 1;
            }

            var end = line.TrimEnd();
            if (end.Length > 0 && end[^1] == escape)
            {
                current.Append(end, 0, end.Length - 1).Append(' ');
                continue;
            }

            current.Append(line);
            var instruction = current.ToString().Trim();
            current.Clear();
            yield return (start, instruction);
            foreach (var terminator in HeredocTerminators(instruction))
            {
                i = SkipHeredoc(lines, i + 1, terminator.Word, terminator.StripTabs);
            }
        }

        if (current.Length > 0)
        {
            yield return (start, current.ToString().Trim());
        }
    }

    /// <summary>The "# escape=`" parser directive, which must come before anything else.</summary>
    private static char EscapeDirective(string[] lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (!line.StartsWith('#'))
            {
                break;
            }

            var directive = line[1..].Trim();
            if (directive.StartsWith("escape", StringComparison.OrdinalIgnoreCase)
                && directive[6..].TrimStart() is ['=', .. var value] && value.Trim() is [var c])
            {
                return c;
            }
        }

        return '\\';
    }

    /// <summary>Each &lt;&lt;WORD, &lt;&lt;-WORD, &lt;&lt;"WORD" of an instruction, in order.</summary>
    private static List<(string Word, bool StripTabs)> HeredocTerminators(string instruction)
    {
        var result = new List<(string, bool)>();
        var keyword = instruction.Split(' ', 2)[0].ToUpperInvariant();
        if (keyword is not ("RUN" or "COPY" or "ADD"))
        {
            return result;
        }

        var at = 0;
        while ((at = instruction.IndexOf("<<", at, StringComparison.Ordinal)) >= 0)
        {
            at += 2;
            var strip = at < instruction.Length && instruction[at] == '-';
            var p = strip ? at + 1 : at;
            var quote = p < instruction.Length && instruction[p] is '"' or '\'' ? instruction[p] : '\0';
            if (quote != '\0')
            {
                p++;
            }

            var wordStart = p;
            while (p < instruction.Length && (char.IsAsciiLetterOrDigit(instruction[p]) || instruction[p] == '_'))
            {
                p++;
            }

            if (p > wordStart)
            {
                result.Add((instruction[wordStart..p], strip));
            }

            at = p;
        }

        return result;
    }

    /// <summary>The index of the terminator line (the loop moves past it), or the last line when it never comes.</summary>
    private static int SkipHeredoc(string[] lines, int from, string word, bool stripTabs)
    {
        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if ((stripTabs ? line.TrimStart('\t') : line) == word)
            {
                return i;
            }
        }

        return lines.Length - 1;
    }
}
