namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class Scanner
{
    /// <summary>
    /// Rewrites one JSX element at `&lt;`. A component (`&lt;Table&gt;`, `&lt;ui.Button&gt;`) keeps its name, so
    /// it reads as a call of the component; an intrinsic tag (`&lt;div&gt;`) becomes `0`. Embedded
    /// expressions become parenthesised arguments, whose parentheses are recorded as synthetic. On any
    /// surprise the rewrite is undone and `&lt;` is an operator (a comparison, a TypeScript generic).
    /// </summary>
    private bool TryJsx(bool asChild)
    {
        var start = _pos;
        var tokenCount = _tokens.Count;
        var newline = _newline;
        var synthetic = _synthetic.Count;
        var added = new List<int>();
        _nesting++;
        var ok = ScanElement(asChild, added);
        _nesting--;
        if (ok)
        {
            return true;
        }

        _tokens.RemoveRange(tokenCount, _tokens.Count - tokenCount);
        foreach (var offset in added)
        {
            _synthetic.Remove(offset);
        }

        Array.Copy(_text.ToCharArray(start, Math.Min(_pos, _text.Length) - start), 0, _output, start, Math.Min(_pos, _text.Length) - start);
        _pos = start;
        _newline = newline;
        _ = synthetic;
        return false;
    }

    private bool ScanElement(bool asChild, List<int> synthetic)
    {
        var lt = _pos;
        Write(lt, '(', synthetic, asChild);
        _pos++;
        if (_pos < _text.Length && _text[_pos] == '>')
        {
            Write(_pos, '0', null, false, TokenKind.Number);
            _pos++;
            return Children(synthetic);
        }

        var nameStart = _pos;
        while (_pos < _text.Length && (IsIdentifierPart(_text[_pos]) || _text[_pos] is '.' or '-' or ':'))
        {
            _pos++;
        }

        if (_pos == nameStart || !IsIdentifierStart(_text[nameStart]))
        {
            return false;
        }

        var name = _text[nameStart.._pos];
        var component = (char.IsUpper(name[0]) || name.Contains('.', StringComparison.Ordinal)) && !name.Contains('-', StringComparison.Ordinal) && !name.Contains(':', StringComparison.Ordinal);
        if (component)
        {
            var offset = nameStart;
            foreach (var part in name.Split('.'))
            {
                if (offset > nameStart)
                {
                    _tokens.Add(new Token(TokenKind.Punctuator, offset - 1, offset, false));
                }

                _tokens.Add(new Token(TokenKind.Identifier, offset, offset + part.Length, false));
                offset += part.Length + 1;
            }
        }
        else
        {
            Blank(nameStart, _pos);
            Write(nameStart, '0', null, false, TokenKind.Number);
        }

        return Attributes(synthetic) is { } selfClosing && (selfClosing || Children(synthetic));
    }

    /// <summary>Attributes up to `&gt;` (false) or `/&gt;` (true); null when the tag is not JSX after all.</summary>
    private bool? Attributes(List<int> synthetic)
    {
        while (true)
        {
            SkipJsxSpace();
            if (_pos >= _text.Length)
            {
                return null;
            }

            var c = _text[_pos];
            if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '>')
            {
                Blank(_pos, _pos + 1);
                Write(_pos + 1, ')', null, false);
                _pos += 2;
                return true;
            }

            if (c == '>')
            {
                Blank(_pos, _pos + 1);
                _pos++;
                return false;
            }

            if (c == '{')
            {
                if (!Container(synthetic))
                {
                    return null;
                }

                continue;
            }

            if (!IsIdentifierStart(c))
            {
                return null;
            }

            var nameStart = _pos;
            while (_pos < _text.Length && (IsIdentifierPart(_text[_pos]) || _text[_pos] is '-' or ':' or '.'))
            {
                _pos++;
            }

            Blank(nameStart, _pos);
            SkipJsxSpace();
            if (_pos >= _text.Length || _text[_pos] != '=')
            {
                continue;
            }

            Blank(_pos, _pos + 1);
            _pos++;
            SkipJsxSpace();
            if (_pos >= _text.Length)
            {
                return null;
            }

            var value = _text[_pos];
            if (value is '"' or '\'')
            {
                var end = _text.IndexOf(value, _pos + 1);
                if (end < 0)
                {
                    return null;
                }

                Blank(_pos, end + 1);
                _pos = end + 1;
            }
            else if (!(value == '{' ? Container(synthetic) : value == '<' && TryJsx(asChild: true)))
            {
                return null;
            }
        }
    }
}
