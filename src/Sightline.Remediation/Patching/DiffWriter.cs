using System.Globalization;
using System.Text;

namespace Sightline.Remediation.Patching;

/// <summary>Writes the hunks of a line diff the way git prints them.</summary>
internal static class DiffWriter
{
    public static string Write(string path, string before, string after, int context)
    {
        var a = DiffLines.Split(before);
        var b = DiffLines.Split(after);
        var ops = LineDiff.Compute(a, b);
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');
        var index = 0;
        while (index < ops.Count)
        {
            // A hunk starts `context` lines before a change and runs until a gap of more than 2*context equal lines.
            var firstChange = NextChange(ops, index);
            if (firstChange < 0)
            {
                break;
            }

            var start = Math.Max(index, firstChange - context);
            var end = firstChange;
            while (true)
            {
                var lastChange = end;
                while (end < ops.Count && ops[end].Kind != DiffOp.Equal)
                {
                    lastChange = end++;
                }

                var next = NextChange(ops, end);
                if (next >= 0 && next - end <= 2 * context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(ops.Count, lastChange + 1 + context);
                break;
            }

            WriteHunk(output, ops, start, end, a, b);
            index = end;
        }

        return output.ToString();
    }

    private static int NextChange(IReadOnlyList<DiffEntry> ops, int from)
    {
        for (var i = from; i < ops.Count; i++)
        {
            if (ops[i].Kind != DiffOp.Equal)
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteHunk(StringBuilder output, IReadOnlyList<DiffEntry> ops, int start, int end, DiffLines a, DiffLines b)
    {
        var first = ops[start];
        int oldCount = 0, newCount = 0;
        for (var i = start; i < end; i++)
        {
            oldCount += ops[i].Kind == DiffOp.Insert ? 0 : 1;
            newCount += ops[i].Kind == DiffOp.Delete ? 0 : 1;
        }

        output.Append("@@ -").Append(Range(first.OldIndex, oldCount)).Append(" +").Append(Range(first.NewIndex, newCount)).Append(" @@\n");
        for (var i = start; i < end; i++)
        {
            var op = ops[i];
            var (marker, line, missingNewline) = op.Kind switch
            {
                DiffOp.Delete => ('-', a.Lines[op.OldIndex], a.MissingFinalNewline && op.OldIndex == a.Lines.Count - 1),
                DiffOp.Insert => ('+', b.Lines[op.NewIndex], b.MissingFinalNewline && op.NewIndex == b.Lines.Count - 1),
                _ => (' ', a.Lines[op.OldIndex], a.MissingFinalNewline && op.OldIndex == a.Lines.Count - 1),
            };
            output.Append(marker).Append(line).Append('\n');
            if (missingNewline)
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    // Git prints "start,count", drops ",1", and names the line before an empty range.
    private static string Range(int zeroBasedStart, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{zeroBasedStart},0"),
        1 => (zeroBasedStart + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{zeroBasedStart + 1},{count}"),
    };
}
