using System.Text;

namespace Sightline.Fleet.Ownership;

/// <summary>One physical line: its text, or null when it was longer than the limit (the rest is skipped).</summary>
internal readonly record struct SourceLine(int Number, string? Text, bool HasNul);

/// <summary>
/// Reads lines ('\n', '\r\n' or '\r') with bounded memory: a line longer than the limit is skipped without
/// being held, and reading stops once the UTF-8 size of what was read passes the byte limit.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLineChars, long maxBytes)
{
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _filled;
    private int _number;
    private bool _pendingCr;

    /// <summary>The UTF-8 bytes read so far.</summary>
    public long Bytes { get; private set; }

    public int LinesRead => _number;

    /// <summary>True once <see cref="Bytes"/> went past the limit; nothing more is read.</summary>
    public bool OverLimit { get; private set; }

    public bool TryRead(out SourceLine line)
    {
        line = default;
        _line.Clear();
        var tooLong = false;
        var nul = false;
        var any = false;
        while (!OverLimit)
        {
            if (_position == _filled)
            {
                _filled = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_filled == 0)
                {
                    break;
                }
            }

            var c = _buffer[_position++];
            Bytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
            OverLimit = Bytes > maxBytes;
            if (_pendingCr)
            {
                _pendingCr = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            any = true;
            if (c is '\n' or '\r')
            {
                _pendingCr = c == '\r';
                line = Finish(tooLong, nul);
                return true;
            }

            nul |= c == '\0';
            if (_line.Length < maxLineChars)
            {
                _line.Append(c);
            }
            else
            {
                tooLong = true;
            }
        }

        if (!any || OverLimit)
        {
            return false;
        }

        line = Finish(tooLong, nul);
        return true;
    }

    private SourceLine Finish(bool tooLong, bool nul)
    {
        _number++;
        if (_number == 1 && _line.Length > 0 && _line[0] == '\uFEFF')
        {
            _line.Remove(0, 1);
        }

        return new SourceLine(_number, tooLong ? null : _line.ToString(), nul);
    }
}
