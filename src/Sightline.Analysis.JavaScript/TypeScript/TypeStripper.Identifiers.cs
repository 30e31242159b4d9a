namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    private static readonly HashSet<string> MemberModifiers = new(StringComparer.Ordinal)
    {
        "public", "private", "protected", "readonly", "abstract", "override", "declare",
    };

    private int Identifier(int i, Frame frame)
    {
        var word = Text(i).ToString();
        if (frame.Kind is FrameKind.Block or FrameKind.Namespace && AtStatementStart(i))
        {
            frame.OwnerStart = i;
            frame.VarDecl = frame.InVarDecl = false;
            _inImport = false;
            var handled = Declaration(i, frame);
            if (handled >= 0)
            {
                return handled;
            }

            if (word is "let" or "const" or "var" or "using" && (IsIdentifier(i + 1) || Is(i + 1, "{") || Is(i + 1, "[")))
            {
                frame.VarDecl = frame.InVarDecl = true;
            }

            _inImport = word == "import" || (word == "export" && (Is(i + 1, "{") || Is(i + 1, "*")));
        }
        else if ((frame.Kind == FrameKind.Paren && word is "let" or "const" or "var" && _prev == frame.Open)
            || (word is "let" or "const" or "var" && Is(_prev, "export")))
        {
            frame.VarDecl = frame.InVarDecl = true;
        }

        if (frame.Kind == FrameKind.Class)
        {
            if (AtMemberStart(i))
            {
                frame.OwnerStart = i;
                frame.Initializer = false;
            }

            if (MemberModifiers.Contains(word) && ModifierFollows(i + 1) && !Is(_prev, "."))
            {
                if (word == "declare")
                {
                    var end = StatementEnd(i);
                    Blank(i, end);
                    return end;
                }

                Blank(i, i + 1);
                return i + 1;
            }
        }

        if (frame.Kind == FrameKind.Params && AtParameterStart(frame))
        {
            if (word is "public" or "private" or "protected" or "readonly" or "override" && ModifierFollows(i + 1))
            {
                Blank(i, i + 1);
                return i + 1;
            }

            if (word == "this" && Is(i + 1, ":"))
            {
                var end = SkipType(i + 2, TypeMode.Annotation);
                end = Is(end, ",") ? end + 1 : end;
                Blank(i, end);
                return end;
            }
        }

        if (word is "as" or "satisfies" && frame.Kind != FrameKind.ImportBraces && EndsExpression(_prev) && !_t[i].NewlineBefore && !_inImport)
        {
            var end = SkipType(i + 1, TypeMode.As);
            Blank(i, end);
            return end;
        }

        if (frame.Kind == FrameKind.ImportBraces && word == "type" && IsIdentifier(i + 1) && !Is(i + 1, "as") && !Is(i + 1, "from"))
        {
            var end = i + 2;
            end = Is(end, "as") ? end + 2 : end;
            end = Is(end, ",") ? end + 1 : end;
            Blank(i, end);
            return end;
        }

        if (frame.Kind == FrameKind.Namespace && word == "export" && AtStatementStart(i))
        {
            Blank(i, i + 1);
            return i + 1;
        }

        if (word == "function" && !Is(_prev, "."))
        {
            var declaration = AtStatementStart(i) || Is(_prev, "export") || Is(_prev, "default") || Is(_prev, "async");
            _expectParams = true;
            _functionStart = declaration && frame.Kind is FrameKind.Block or FrameKind.Namespace ? Math.Max(0, frame.OwnerStart) : -1;
            var j = i + 1;
            j = Is(j, "*") ? j + 1 : j;
            j = IsIdentifier(j) ? j + 1 : j;
            if (Is(j, "<") && MatchAngle(j) is var close and > 0)
            {
                Blank(j, close + 1);
            }
        }
        else if (word == "class" && !Is(_prev, "."))
        {
            ClassHeader(i);
        }

        return Keep(i);
    }

    /// <summary>A modifier is one when a member or parameter name follows it on the same line.</summary>
    private bool ModifierFollows(int j) =>
        j < _t.Count && !_t[j].NewlineBefore
        && (_t[j].Kind is TokenKind.Identifier or TokenKind.PrivateName or TokenKind.String or TokenKind.Number
            || Is(j, "[") || Is(j, "*") || Is(j, "{"));

    private bool AtStatementStart(int i)
    {
        var frame = Top;
        return _prev < 0 || _prev == frame.Open || Is(_prev, ";") || Is(_prev, "}")
            || (frame.Kind is FrameKind.Block or FrameKind.Namespace && Is(_prev, "{"))
            || (_t[i].NewlineBefore && EndsExpression(_prev));
    }

    private bool AtMemberStart(int i) =>
        _prev == Top.Open || Is(_prev, ";") || Is(_prev, "}") || (_t[i].NewlineBefore && EndsExpression(_prev));

    private bool AtParameterStart(Frame frame) => _prev == frame.Open || Is(_prev, ",");

    /// <summary>`class Name&lt;T&gt; extends Base&lt;T&gt; implements I`: type parameters, type arguments and implements go.</summary>
    private void ClassHeader(int i)
    {
        var j = i + 1;
        if (IsIdentifier(j) && !Is(j, "extends") && !Is(j, "implements"))
        {
            j++;
        }

        if (Is(j, "<") && MatchAngle(j) is var close and > 0)
        {
            Blank(j, close + 1);
            j = close + 1;
        }

        if (Is(j, "extends"))
        {
            j++;
            while (j < _t.Count && !Is(j, "{") && !Is(j, "implements"))
            {
                if (Is(j, "<") && MatchAngle(j) is var end and > 0)
                {
                    Blank(j, end + 1);
                    j = end + 1;
                }
                else
                {
                    j = (Is(j, "(") || Is(j, "[")) && _match[j] > j ? _match[j] + 1 : j + 1;
                }
            }
        }

        if (Is(j, "implements"))
        {
            var k = j;
            while (k < _t.Count && !Is(k, "{"))
            {
                k = Is(k, "<") && MatchAngle(k) is var end and > 0 ? end + 1 : k + 1;
            }

            Blank(j, k);
        }

        _pendingClass = true;
    }
}
