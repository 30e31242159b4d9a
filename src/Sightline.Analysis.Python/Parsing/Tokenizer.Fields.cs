namespace Sightline.Analysis.Python.Parsing;

internal sealed partial class Tokenizer
{
    /// <summary>
    /// An f-string's replacement fields are code: their tokens follow the string inside synthetic brackets
    /// (`f"{a}" [a]`), a subscript that calls nothing itself, so calls in them count at their own positions.
    /// </summary>
    private void Fields(List<(int Start, int End, int Line, int LineStart)> fields, int start, int line, int column)
    {
        _tokens.Add(new Token(TokenKind.Op, "[", line, column, line, start));
        foreach (var field in fields.Where(f => f.End > f.Start))
        {
            var inner = new Tokenizer(text, warnings) { _pos = field.Start, _line = field.Line, _lineStart = field.LineStart, _depth = _depth + 1 };
            _tokens.AddRange(inner.Expression(field.End));
            _tokens.Add(new Token(TokenKind.Op, ",", line, column, line, start));
        }

        _tokens.Add(new Token(TokenKind.Op, "]", line, column, line, start));
    }

    /// <summary>Tokens of an expression ending at <paramref name="end"/> (newlines inside are insignificant).</summary>
    private List<Token> Expression(int end)
    {
        while (_pos < end)
        {
            var c = text[_pos];
            if (c is '\n')
            {
                _pos++;
                NewLine();
            }
            else if (char.IsWhiteSpace(c) || c == '\\')
            {
                _pos++;
            }
            else
            {
                Lex(c);
            }
        }

        return _tokens;
    }
}
