namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class Scanner
{
    private bool Children(List<int> synthetic)
    {
        while (_pos < _text.Length)
        {
            _budget.Step();
            var c = _text[_pos];
            if (c == '<' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                var gt = _text.IndexOf('>', _pos);
                if (gt < 0)
                {
                    return false;
                }

                Blank(_pos, gt);
                _pos = gt;
                Write(gt, ')', null, false);
                _pos++;
                return true;
            }

            if (c == '<')
            {
                if (_nesting >= MaxNesting || !TryJsx(asChild: true))
                {
                    return false;
                }
            }
            else if (c == '{')
            {
                if (!Container(synthetic))
                {
                    return false;
                }
            }
            else
            {
                if (c is '\n' or '\r')
                {
                    _newline = true;
                }

                Blank(_pos, _pos + 1);
                _pos++;
            }
        }

        return false;
    }

    /// <summary>`{expression}` becomes `(expression)`, the expression tokenized as code.</summary>
    private bool Container(List<int> synthetic)
    {
        Write(_pos, '(', synthetic, true);
        _pos++;
        if (++_nesting > MaxNesting)
        {
            return false;
        }

        ScanCode(untilBrace: true);
        _nesting--;
        if (_pos >= _text.Length)
        {
            return false;
        }

        Write(_pos, ')', null, false);
        _pos++;
        return true;
    }

    private void SkipJsxSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            if (_text[_pos] is '\n' or '\r')
            {
                _newline = true;
            }

            _pos++;
        }
    }

    private void Write(int offset, char c, List<int>? synthetic, bool isSynthetic, TokenKind kind = TokenKind.Punctuator)
    {
        _output[offset] = c;
        _tokens.Add(new Token(kind, offset, offset + 1, _newline));
        _newline = false;
        if (isSynthetic && synthetic is not null && _synthetic.Add(offset))
        {
            synthetic.Add(offset);
        }
    }

    private void Blank(int from, int to)
    {
        for (var i = from; i < to && i < _output.Length; i++)
        {
            if (_output[i] is not ('\n' or '\r' or '\u2028' or '\u2029'))
            {
                _output[i] = ' ';
            }
        }
    }
}
