namespace Sightline.Analysis.JavaScript.Walk;

/// <summary>Offsets to 1-based lines and columns (UTF-16 code units, as editors and Acornima count them).</summary>
internal sealed class LineMap
{
    private readonly int[] _starts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
    }

    public int LineCount => _starts.Length;

    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _starts[index] + 1);
    }
}
