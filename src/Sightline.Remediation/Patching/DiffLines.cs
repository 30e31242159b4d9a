namespace Sightline.Remediation.Patching;

/// <summary>A text split on '\n'; a '\r' stays on its line so CRLF changes show.</summary>
internal sealed class DiffLines
{
    private DiffLines(List<string> lines, bool missingFinalNewline)
    {
        Lines = lines;
        MissingFinalNewline = missingFinalNewline;
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The last line has no '\n' (git prints "\ No newline at end of file").</summary>
    public bool MissingFinalNewline { get; }

    /// <summary>Comparison keys: a last line without '\n' differs from the same line with one.</summary>
    public string Key(int index) => MissingFinalNewline && index == Lines.Count - 1 ? Lines[index] + "\n" : Lines[index];

    public static DiffLines Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                lines.Add(text[start..]);
                return new DiffLines(lines, true);
            }

            lines.Add(text[start..newline]);
            start = newline + 1;
        }

        return new DiffLines(lines, false);
    }
}
