using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Parsing;

internal sealed partial class Tokenizer
{
    private const string ThreeCharOps = "**=//=>>=<<=...";

    private void LexOperator(char c, int start)
    {
        switch (c)
        {
            case '(' or '[' or '{':
                _brackets.Push((c == '(' ? ')' : c == '[' ? ']' : '}', _line));
                break;
            case ')' or ']' or '}':
                if (_brackets.Count == 0 || _brackets.Peek().Close != c)
                {
                    warnings.Add(new CodeWarning($"syntax error: unmatched '{c}'", _line));
                    _pos++;
                    return;
                }

                _brackets.Pop();
                break;
        }

        var length = 1;
        if (_pos + 2 < text.Length && Contains3(text.AsSpan(_pos, 3)))
        {
            length = 3;
        }
        else if (_pos + 1 < text.Length && ((text[_pos + 1] == '=' && "=!<>+-*/%&|^@:".Contains(c, StringComparison.Ordinal))
            || (c == text[_pos + 1] && c is '*' or '/' or '<' or '>') || (c == '-' && text[_pos + 1] == '>')))
        {
            length = 2;
        }

        _pos += length;
        Add(TokenKind.Op, text.Substring(start, length), start);
    }

    private static bool Contains3(ReadOnlySpan<char> op)
    {
        for (var i = 0; i + 3 <= ThreeCharOps.Length; i += 3)
        {
            if (op.SequenceEqual(ThreeCharOps.AsSpan(i, 3)))
            {
                return true;
            }
        }

        return false;
    }
}
