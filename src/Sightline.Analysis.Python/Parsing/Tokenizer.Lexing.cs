using System.Globalization;
using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Parsing;

internal sealed partial class Tokenizer
{
    /// <summary>Measures a physical line's indentation; blank and comment-only lines do not count.</summary>
    private void Indentation()
    {
        var width = 0;
        var sawTab = false;
        var sawSpace = false;
        while (_pos < text.Length && text[_pos] is ' ' or '\t' or '\f')
        {
            if (text[_pos] == '\t')
            {
                sawTab = true;
                width = (width / 8 + 1) * 8;
            }
            else if (text[_pos] == ' ')
            {
                sawSpace = true;
                width++;
            }

            _pos++;
        }

        if (_pos >= text.Length || text[_pos] is '#' or '\n' or '\r'
            || (text[_pos] == '\\' && _pos + 1 < text.Length && text[_pos + 1] is '\n' or '\r'))
        {
            return;
        }

        _tabIndents |= sawTab;
        _spaceIndents |= sawSpace;
        if (_tabIndents && _spaceIndents && !_mixedWarned)
        {
            _mixedWarned = true;
            warnings.Add(new CodeWarning("indentation mixes tabs and spaces (a tab counts as up to 8 columns)", _line));
        }

        if (width > _indents.Peek())
        {
            _indents.Push(width);
            Add(TokenKind.Indent, string.Empty, _pos);
            return;
        }

        while (width < _indents.Peek())
        {
            _indents.Pop();
            Add(TokenKind.Dedent, string.Empty, _pos);
        }

        if (width != _indents.Peek())
        {
            warnings.Add(new CodeWarning("syntax error: unindent does not match any outer indentation level", _line));
            _indents.Push(width);
            Add(TokenKind.Indent, string.Empty, _pos);
        }
    }

    private void Lex(char c)
    {
        var start = _pos;
        if (char.IsLetter(c) || c == '_' || c > 127)
        {
            while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_' || (text[_pos] > 127 && !char.IsWhiteSpace(text[_pos]))))
            {
                _pos++;
            }

            if (_pos < text.Length && text[_pos] is '\'' or '"' && _pos - start <= 3 && IsStringPrefix(start, _pos))
            {
                LexString(start);
                return;
            }

            Add(TokenKind.Name, text[start.._pos], start);
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < text.Length && char.IsAsciiDigit(text[_pos + 1])))
        {
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '_' or '.'
                || (text[_pos] is '+' or '-' && text[_pos - 1] is 'e' or 'E' && !text[start.._pos].StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
            {
                _pos++;
            }

            Add(TokenKind.Number, text[start.._pos], start);
        }
        else if (c is '\'' or '"')
        {
            LexString(start);
        }
        else
        {
            LexOperator(c, start);
        }
    }

    private bool IsStringPrefix(int start, int end)
    {
        foreach (var ch in text.AsSpan(start, end - start))
        {
            if (char.ToLower(ch, CultureInfo.InvariantCulture) is not ('r' or 'b' or 'u' or 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
