namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>
/// A position-keeping TOML scanner: tables, dotted keys, strings, arrays and inline tables with their spans,
/// enough to find a dependency's version and replace it in place. Not a validator: it accepts what TOML
/// accepts and a little more (newlines inside inline tables, as TOML 1.1 does).
/// </summary>
internal sealed partial class TomlDocument
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private readonly List<TomlTable> _tables = [];
    private readonly List<TomlEntry> _entries = [];
    private int _pos;
    private int _depth;

    private TomlDocument(string text) => _text = text;

    public string Text => _text;

    /// <summary>Every header in document order, the root table (empty path, no header) first.</summary>
    public IReadOnlyList<TomlTable> Tables => _tables;

    /// <summary>Every top-level key = value pair, in document order (inline tables hold their own).</summary>
    public IReadOnlyList<TomlEntry> Entries => _entries;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="TomlException"/> when it is not TOML.</summary>
    public static TomlDocument Parse(string text)
    {
        var document = new TomlDocument(text);
        document.Run();
        return document;
    }

    public TomlTable? FindTable(IReadOnlyList<string> path) =>
        _tables.FirstOrDefault(t => !t.IsArray && t.Path.SequenceEqual(path, StringComparer.Ordinal));

    /// <summary>Where a new key of <paramref name="table"/> goes: after its last entry's line, else after its header.</summary>
    public int InsertionPoint(TomlTable table)
    {
        var index = _tables.IndexOf(table);
        var end = index + 1 < _tables.Count ? _tables[index + 1].HeaderStart : _text.Length;
        var last = _entries.LastOrDefault(e => e.Start >= table.HeaderEnd && e.Start < end && e.Table.SequenceEqual(table.Path, StringComparer.Ordinal));
        return last is null ? table.HeaderEnd : SpanEdits.LineEnd(_text, last.Value.End - 1);
    }

    private void Run()
    {
        _pos = _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
        IReadOnlyList<string> table = [];
        _tables.Add(new TomlTable(table, false, 0, 0));
        while (true)
        {
            SkipBlank(newlines: true);
            if (_pos >= _text.Length)
            {
                return;
            }

            var start = _pos;
            if (Current == '[')
            {
                var isArray = Peek(1) == '[';
                _pos += isArray ? 2 : 1;
                SkipBlank(newlines: false);
                table = ReadKey();
                SkipBlank(newlines: false);
                Expect(isArray ? "]]" : "]");
                EndOfLine();
                _tables.Add(new TomlTable(table, isArray, start, _pos));
            }
            else
            {
                var key = ReadKey();
                SkipBlank(newlines: false);
                Expect("=");
                SkipBlank(newlines: false);
                _entries.Add(new TomlEntry(table, key, ReadValue(), start));
                EndOfLine();
            }
        }
    }

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipBlank(bool newlines)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' || (newlines && c is '\r' or '\n'))
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void EndOfLine()
    {
        SkipBlank(newlines: false);
        if (_pos >= _text.Length || Current == '\n')
        {
            _pos = Math.Min(_pos + 1, _text.Length);
        }
        else if (Current == '\r' && Peek(1) == '\n')
        {
            _pos += 2;
        }
        else
        {
            throw new TomlException($"expected the end of the line, found '{Current}'", _pos);
        }
    }

    private void Expect(string token)
    {
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) != 0)
        {
            throw new TomlException($"expected '{token}'", _pos);
        }

        _pos += token.Length;
    }
}
