namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    /// <summary>
    /// Statement-level TypeScript: interface, type alias, enum, declare, namespace, abstract class,
    /// import type / export type, `import x = require()`, `export =`. Returns the index to go on from,
    /// or -1 when the statement is plain JavaScript.
    /// </summary>
    private int Declaration(int i, Frame frame)
    {
        var declaration = i;
        if (Is(i, "export"))
        {
            var k = Is(i + 1, "default") ? i + 2 : i + 1;
            if (Is(k, "type") && (Is(k + 1, "{") || Is(k + 1, "*")))
            {
                return BlankTo(i, StatementEnd(k));
            }

            if (Is(k, "=") || (Is(k, "as") && Is(k + 1, "namespace")))
            {
                return Is(k, "=") ? BlankTo(i, k + 1) : BlankTo(i, StatementEnd(k));
            }

            declaration = k;
        }

        var word = IsIdentifier(declaration) ? Text(declaration).ToString() : string.Empty;
        var next = declaration + 1;
        switch (word)
        {
            case "declare" when IsIdentifier(next) && !_t[next].NewlineBefore:
                return BlankTo(i, StatementEnd(next));
            case "interface" when IsIdentifier(next):
                for (var k = next; k < _t.Count; k++)
                {
                    if (Is(k, "<") && MatchAngle(k) is var close and > 0)
                    {
                        k = close;
                    }
                    else if (Is(k, "{"))
                    {
                        return BlankTo(i, (_match[k] > k ? _match[k] : _t.Count - 1) + 1);
                    }
                }

                return -1;
            case "type" when IsIdentifier(next) && (Is(next + 1, "=") || Is(next + 1, "<")):
                var equals = next + 1;
                if (Is(equals, "<"))
                {
                    var close = MatchAngle(equals);
                    equals = close > 0 ? close + 1 : equals;
                }

                if (!Is(equals, "="))
                {
                    return -1;
                }

                var end = SkipType(equals + 1, TypeMode.Annotation);
                return BlankTo(i, Is(end, ";") ? end + 1 : end);
            case "enum" when IsIdentifier(next) && Is(next + 1, "{"):
                return BlankTo(i, _match[next + 1] + 1);
            case "const" when Is(next, "enum") && IsIdentifier(next + 1) && Is(next + 2, "{"):
                return BlankTo(i, _match[next + 2] + 1);
            case "namespace" or "module" when (IsIdentifier(next) || (_t.Count > next && _t[next].Kind == TokenKind.String)) && !_t[next].NewlineBefore:
                var body = next;
                while (body < _t.Count && !Is(body, "{") && (IsIdentifier(body) || Is(body, ".") || _t[body].Kind == TokenKind.String))
                {
                    body++;
                }

                if (!Is(body, "{"))
                {
                    return -1;
                }

                if (_t[next].Kind == TokenKind.String)
                {
                    return BlankTo(i, _match[body] + 1);
                }

                Blank(i, body);
                _pendingNamespace = true;
                return body;
            case "abstract" when Is(next, "class"):
                Blank(declaration, next);
                return next;
            case "import" when Is(next, "type") && !Is(next + 1, "from") && !Is(next + 1, "="):
                return BlankTo(i, StatementEnd(next));
            case "import" when IsIdentifier(next) && Is(next + 1, "="):
                // `import fs = require("fs")` is `const fs = require("fs")`: both words are six characters.
                "const ".CopyTo(0, _out, _t[declaration].Start, 6);
                Blank(i, declaration);
                return declaration;
            default:
                return -1;
        }
    }

    private int BlankTo(int from, int to)
    {
        Blank(from, to);
        return to;
    }

    /// <summary>
    /// Where a statement or member that starts at <paramref name="i"/> ends: after its `;`, before the
    /// bracket that closes the enclosing block, or at a line break after a complete expression.
    /// </summary>
    private int StatementEnd(int i)
    {
        var last = -1;
        for (var k = i; k < _t.Count; k++)
        {
            if (last >= 0 && _t[k].NewlineBefore && EndsExpression(last) && !Continues(k))
            {
                return k;
            }

            if (Is(k, ";"))
            {
                return k + 1;
            }

            if (Is(k, ")") || Is(k, "]") || Is(k, "}"))
            {
                return k;
            }

            if ((Is(k, "(") || Is(k, "[") || Is(k, "{")) && _match[k] > k)
            {
                k = _match[k];
            }

            last = k;
        }

        return _t.Count;
    }

    private bool Continues(int k) =>
        Is(k, ".") || Is(k, "|") || Is(k, "&") || Is(k, "=") || Is(k, "=>") || Is(k, "?") || Is(k, ":") || Is(k, ",")
        || Is(k, "extends") || Is(k, "is") || Is(k, "&&") || Is(k, "||") || Is(k, "??");
}
