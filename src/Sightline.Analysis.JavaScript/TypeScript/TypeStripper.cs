using Sightline.Analysis.JavaScript.Walk;

namespace Sightline.Analysis.JavaScript.TypeScript;

/// <summary>
/// Blanks TypeScript's type syntax with spaces, the way Node's type stripping does, so the rest is
/// JavaScript at the same lines and columns: annotations, interfaces, type aliases, generics, `as` and
/// `satisfies`, non-null `!`, access modifiers, `implements`, overloads and bodiless members, `declare`,
/// enums (dropped whole), parameter decorators, `import type`. It reads tokens with a stack of bracket
/// contexts (block, class body, object literal, parameter list...), which is what tells a type annotation's
/// colon from an object key's or a conditional's.
/// </summary>
internal sealed partial class TypeStripper
{
    private readonly List<Token> _t;
    private readonly char[] _out;
    private readonly bool[] _removed;
    private readonly int[] _match;
    private readonly Budget _budget;
    private readonly List<Frame> _frames = [];
    private int _prev = -1;
    private bool _expectParams;
    private int _functionStart = -1;
    private bool _pendingClass;
    private bool _pendingNamespace;
    private bool _inImport;

    private TypeStripper(List<Token> tokens, char[] output, Budget budget)
    {
        _t = tokens;
        _out = output;
        _budget = budget;
        _removed = new bool[tokens.Count];
        _match = Brackets(tokens, output);
    }

    private enum FrameKind
    {
        Block,
        Namespace,
        Class,
        Object,
        Paren,
        Params,
        Bracket,
        Template,
        ImportBraces,
    }

    private Frame Top => _frames[^1];

    public static void Strip(List<Token> tokens, char[] output, Budget budget) => new TypeStripper(tokens, output, budget).Run();

    private void Run()
    {
        _frames.Add(new Frame(FrameKind.Block, -1));
        var i = 0;
        while (i < _t.Count)
        {
            _budget.Step();
            if (_removed[i])
            {
                i++;
                continue;
            }

            var next = _t[i].Kind switch
            {
                TokenKind.Identifier => Identifier(i, Top),
                TokenKind.Punctuator => Punctuator(i, Top),
                TokenKind.Template => Template(i),
                _ => Keep(i),
            };
            i = Math.Max(next, i + 1);
        }
    }

    private int Keep(int i)
    {
        _prev = i;
        return i + 1;
    }

    private int Template(int i)
    {
        var text = Text(i);
        if (text[0] == '}' && _frames.Count > 1 && Top.Kind == FrameKind.Template)
        {
            _frames.RemoveAt(_frames.Count - 1);
        }

        if (text.EndsWith("${", StringComparison.Ordinal))
        {
            _frames.Add(new Frame(FrameKind.Template, i));
        }

        return Keep(i);
    }

    private void Push(FrameKind kind, int open) => _frames.Add(new Frame(kind, open));

    private Frame Pop()
    {
        var top = Top;
        if (_frames.Count > 1)
        {
            _frames.RemoveAt(_frames.Count - 1);
        }

        return top;
    }

    private ReadOnlySpan<char> Text(int i) => _out.AsSpan(_t[i].Start, _t[i].End - _t[i].Start);

    private bool Is(int i, string text) =>
        i >= 0 && i < _t.Count && _t[i].Kind is TokenKind.Identifier or TokenKind.Punctuator && Text(i).SequenceEqual(text);

    private bool IsIdentifier(int i) => i >= 0 && i < _t.Count && _t[i].Kind == TokenKind.Identifier;

    private bool IsKeyword(int i) => IsIdentifier(i) && Scanner.IsExpressionKeyword(Text(i).ToString());

    /// <summary>Whether the token can end an expression (so what follows is an operator, not an operand).</summary>
    private bool EndsExpression(int i)
    {
        if (i < 0 || i >= _t.Count)
        {
            return false;
        }

        return _t[i].Kind switch
        {
            TokenKind.Identifier => !IsKeyword(i),
            TokenKind.Template => Text(i)[^1] == '`',
            TokenKind.Punctuator => Text(i) is ")" or "]" or "}" or "++" or "--",
            _ => true,
        };
    }

    /// <summary>Blanks tokens [from, to) and the trivia between them, keeping line breaks.</summary>
    private void Blank(int from, int to)
    {
        if (to <= from || from < 0)
        {
            return;
        }

        to = Math.Min(to, _t.Count);
        for (var c = _t[from].Start; c < _t[to - 1].End; c++)
        {
            if (_out[c] is not ('\n' or '\r' or '\u2028' or '\u2029'))
            {
                _out[c] = ' ';
            }
        }

        for (var i = from; i < to; i++)
        {
            _removed[i] = true;
        }

        // What was read last may have just gone (an overload blanked after its parameters).
        while (_prev >= 0 && _removed[_prev])
        {
            _prev--;
        }
    }
}
