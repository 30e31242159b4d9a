namespace Sightline.Fleet.Ownership;

/// <summary>A bracket expression: "[abc]", "[a-z]", negated with '!' or '^' (Ruby's fnmatch).</summary>
internal sealed class CharClass
{
    private readonly (char Low, char High)[] _ranges;
    private readonly bool _negated;

    private CharClass((char, char)[] ranges, bool negated)
    {
        _ranges = ranges;
        _negated = negated;
    }

    public bool Accepts(char c)
    {
        foreach (var (low, high) in _ranges)
        {
            if (c >= low && c <= high)
            {
                return !_negated;
            }
        }

        return _negated && c != '/';
    }

    /// <summary>Reads the class after its '['; <paramref name="used"/> counts the characters through ']'.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CharClass? result, out int used)
    {
        result = null;
        used = 0;
        var i = 0;
        var negated = i < text.Length && text[i] is '!' or '^';
        if (negated)
        {
            i++;
        }

        var ranges = new List<(char, char)>();
        var first = true;
        while (i < text.Length && (text[i] != ']' || first))
        {
            first = false;
            var low = text[i] == '\\' && i + 1 < text.Length ? text[++i] : text[i];
            i++;
            var high = low;
            if (i + 1 < text.Length && text[i] == '-' && text[i + 1] != ']')
            {
                high = text[i + 1] == '\\' && i + 2 < text.Length ? text[i += 2] : text[++i];
                i++;
            }

            ranges.Add(low <= high ? (low, high) : (high, low));
        }

        if (i >= text.Length)
        {
            return false;
        }

        result = new CharClass([.. ranges], negated);
        used = i + 1;
        return true;
    }
}
