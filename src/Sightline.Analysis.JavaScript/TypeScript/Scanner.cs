using Sightline.Analysis.JavaScript.Walk;

namespace Sightline.Analysis.JavaScript.TypeScript;

/// <summary>
/// A tokenizer for JavaScript and TypeScript that tells regular expressions from division by the token
/// before, and (when asked) rewrites JSX in place: markup becomes spaces, an element becomes a
/// parenthesised call chain of its embedded expressions (`&lt;A x={f()}&gt;{g()}&lt;/A&gt;` reads as
/// `(A (f())(g())    )`), so the parser sees plain JavaScript at the same offsets.
/// </summary>
internal sealed partial class Scanner
{
    private const int MaxNesting = 400;

    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", "&&=", "||=", "??=", "=>", "==", "!=", "<=", "+=", "-=", "*=",
        "%=", "&=", "|=", "^=", "&&", "||", "??", "?.", "++", "--", "**", "<<",
    ];

    private static readonly HashSet<string> ExpressionKeywords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
        "yield", "await", "extends",
    };

    private readonly string _text;
    private readonly char[] _output;
    private readonly bool _jsx;
    private readonly Budget _budget;
    private readonly List<Token> _tokens = [];
    private readonly HashSet<int> _synthetic = [];
    private int _pos;
    private bool _newline;
    private int _nesting;

    private Scanner(string text, bool jsx, Budget budget)
    {
        _text = text;
        _output = text.ToCharArray();
        _jsx = jsx;
        _budget = budget;
    }

    public static (List<Token> Tokens, char[] Output, HashSet<int> Synthetic) Scan(string text, bool jsx, Budget budget)
    {
        var scanner = new Scanner(text, jsx, budget);
        if (text.StartsWith("#!", StringComparison.Ordinal))
        {
            scanner._pos = text.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? end : text.Length;
        }

        scanner.ScanCode(untilBrace: false);
        return (scanner._tokens, scanner._output, scanner._synthetic);
    }

    public static bool IsExpressionKeyword(string word) => ExpressionKeywords.Contains(word);

    /// <summary>Tokens until the end, or (inside a template substitution or JSX container) the brace that closes it.</summary>
    private void ScanCode(bool untilBrace)
    {
        var depth = 0;
        while (true)
        {
            _budget.Step();
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                return;
            }

            var c = _text[_pos];
            if (c == '}' && untilBrace && depth == 0)
            {
                return;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }

            if (IsIdentifierStart(c))
            {
                var start = _pos;
                while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
                {
                    _pos++;
                }

                Add(TokenKind.Identifier, start);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
            {
                ScanNumber();
            }
            else if (c is '"' or '\'')
            {
                ScanString(c);
            }
            else if (c == '`')
            {
                ScanTemplate();
            }
            else if (c == '#' && _pos + 1 < _text.Length && IsIdentifierStart(_text[_pos + 1]))
            {
                var start = _pos++;
                while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
                {
                    _pos++;
                }

                Add(TokenKind.PrivateName, start);
            }
            else if (c == '/' && RegexAllowed())
            {
                ScanRegex();
            }
            else if (c == '<' && _jsx && RegexAllowed() && _nesting < MaxNesting && TryJsx(asChild: false))
            {
                continue;
            }
            else
            {
                ScanPunctuator();
            }
        }
    }

    private void Add(TokenKind kind, int start)
    {
        _tokens.Add(new Token(kind, start, _pos, _newline));
        _newline = false;
    }

    /// <summary>After an operator, an opening bracket or a keyword like `return`, a slash starts a regular expression (and `&lt;` JSX).</summary>
    private bool RegexAllowed()
    {
        if (_tokens.Count == 0)
        {
            return true;
        }

        var last = _tokens[^1];
        if (last.Kind == TokenKind.Punctuator && last.End - last.Start == 1 && _output[last.Start] == '!' && _tokens.Count > 1)
        {
            // TypeScript's non-null `x!` ends an expression: a slash after it divides.
            var before = _tokens[^2];
            return !(before.End == last.Start
                && (before.Kind is TokenKind.Number or TokenKind.String || (before.Kind == TokenKind.Identifier && !ExpressionKeywords.Contains(new string(_output, before.Start, before.End - before.Start)))
                    || _output[before.End - 1] is ')' or ']'));
        }

        return last.Kind switch
        {
            TokenKind.Identifier => ExpressionKeywords.Contains(new string(_output, last.Start, last.End - last.Start)),
            TokenKind.Punctuator => _output[last.End - 1] is not (')' or ']') && !(last.End - last.Start == 2 && _output[last.Start] is '+' or '-' && _output[last.Start + 1] == _output[last.Start]),
            TokenKind.Template => _output[last.End - 1] == '{',
            _ => false,
        };
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' or '\\' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\\' or '\u200C' or '\u200D' || (c > 127 && char.IsLetterOrDigit(c));
}
