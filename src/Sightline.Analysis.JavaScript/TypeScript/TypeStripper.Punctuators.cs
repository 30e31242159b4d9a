namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    private int Punctuator(int i, Frame frame)
    {
        switch (Text(i))
        {
            case "{":
                var kind = _pendingClass ? FrameKind.Class
                    : _pendingNamespace ? FrameKind.Namespace
                    : _inImport && frame.Kind is FrameKind.Block or FrameKind.Namespace ? FrameKind.ImportBraces
                    : ObjectContext(frame) ? FrameKind.Object
                    : FrameKind.Block;
                _pendingClass = _pendingNamespace = false;
                Push(kind, i);
                return Keep(i);
            case "(":
                _frames.Add(Parenthesis(i, frame));
                return Keep(i);
            case "[":
                if (frame.Kind == FrameKind.Class && AtMemberStart(i) && IsIdentifier(i + 1) && Is(i + 2, ":"))
                {
                    // An index signature: `[key: string]: T;`.
                    return BlankTo(i, StatementEnd(i));
                }

                Push(FrameKind.Bracket, i);
                return Keep(i);
            case ")" or "]" or "}":
                var closed = Pop();
                Keep(i);
                return closed.Kind == FrameKind.Params ? AfterParameters(i, closed) : i + 1;
            case ";":
                frame.VarDecl = frame.InVarDecl = false;
                _inImport = false;
                return Keep(i);
            case ",":
                frame.InVarDecl |= frame.VarDecl;
                return Keep(i);
            case "=":
                frame.InVarDecl = false;
                frame.Initializer |= frame.Kind == FrameKind.Class;
                return Keep(i);
            case "?":
                if (frame.Kind is FrameKind.Params or FrameKind.Class
                    && (IsIdentifier(_prev) || Is(_prev, "]") || (_prev >= 0 && _t[_prev].Kind is TokenKind.String or TokenKind.Number or TokenKind.PrivateName))
                    && (Is(i + 1, ":") || Is(i + 1, ",") || Is(i + 1, ")") || Is(i + 1, "=") || Is(i + 1, "(") || Is(i + 1, ";") || Is(i + 1, "<")))
                {
                    return BlankTo(i, i + 1);
                }

                frame.Ternary++;
                return Keep(i);
            case ":":
                if (frame.Ternary > 0)
                {
                    frame.Ternary--;
                    frame.LastColonTernary = true;
                    return Keep(i);
                }

                frame.LastColonTernary = false;
                if (frame.Kind is FrameKind.Params || (frame.Kind == FrameKind.Class && !frame.Initializer) || frame.InVarDecl)
                {
                    return BlankTo(i, SkipType(i + 1, TypeMode.Annotation));
                }

                return Keep(i);
            case "!":
                return EndsExpression(_prev) && !_t[i].NewlineBefore ? BlankTo(i, i + 1) : Keep(i);
            case "<":
                var close = MatchAngle(i);
                if (close > 0 && EndsExpression(_prev))
                {
                    // A generic call: `f<T>(x)`, `new Map<K, V>()`, a tagged template.
                    if (Is(close + 1, "(") || (close + 1 < _t.Count && _t[close + 1].Kind == TokenKind.Template))
                    {
                        return BlankTo(i, close + 1);
                    }
                }
                else if (close > 0)
                {
                    // A generic arrow function `<T>(x: T) => x` or an old-style assertion `<T>value`.
                    return BlankTo(i, close + 1);
                }

                return Keep(i);
            case "@":
                if (frame.Kind == FrameKind.Params && AtParameterStart(frame))
                {
                    var end = i + 1;
                    while (IsIdentifier(end) || Is(end, "."))
                    {
                        end++;
                    }

                    return BlankTo(i, Is(end, "(") && _match[end] > end ? _match[end] + 1 : end);
                }

                if (frame.Kind == FrameKind.Class && AtMemberStart(i))
                {
                    frame.OwnerStart = i;
                    frame.Initializer = false;
                }

                return Keep(i);
            default:
                return Keep(i);
        }
    }

    /// <summary>After `(`, `[`, `,`, `=`, an operator or `return`, a brace opens an object literal; elsewhere a block.</summary>
    private bool ObjectContext(Frame frame)
    {
        if (_prev < 0)
        {
            return false;
        }

        var token = _t[_prev];
        if (token.Kind == TokenKind.Template)
        {
            return true;
        }

        if (token.Kind == TokenKind.Identifier)
        {
            return IsKeyword(_prev) && !Is(_prev, "else") && !Is(_prev, "do");
        }

        if (token.Kind != TokenKind.Punctuator)
        {
            return false;
        }

        return Text(_prev) switch
        {
            ")" or "]" or "}" or ";" or "{" or "=>" => false,
            ":" => frame.Kind is not (FrameKind.Block or FrameKind.Namespace or FrameKind.Class) || frame.LastColonTernary,
            _ => true,
        };
    }
}
