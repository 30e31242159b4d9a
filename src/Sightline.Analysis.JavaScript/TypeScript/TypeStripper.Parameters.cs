namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    /// <summary>Whether `(` opens parameters (of a function, method or arrow) or an expression.</summary>
    private Frame Parenthesis(int i, Frame frame)
    {
        if (_expectParams)
        {
            _expectParams = false;
            var owner = _functionStart;
            _functionStart = -1;
            return new Frame(FrameKind.Params, i) { IsDeclaration = owner >= 0, ParamsOwner = owner };
        }

        if (Is(_prev, "catch"))
        {
            return new Frame(FrameKind.Params, i);
        }

        if (frame.Kind == FrameKind.Class && !frame.Initializer && !IsDecoratorCall())
        {
            return new Frame(FrameKind.Params, i) { IsDeclaration = true, ParamsOwner = frame.OwnerStart };
        }

        var close = _match[i];
        if (close > i)
        {
            if (Is(close + 1, "=>"))
            {
                return new Frame(FrameKind.Params, i) { IsArrow = true };
            }

            var keyLike = IsIdentifier(_prev) || Is(_prev, "]") || (_prev >= 0 && _t[_prev].Kind is TokenKind.String or TokenKind.Number);
            // `c ? (x) : y => z` is a conditional, as TypeScript reads it: no return type in a true branch.
            if (Is(close + 1, ":") && frame.Ternary == 0)
            {
                var end = SkipType(close + 2, TypeMode.ArrowReturn);
                if (Is(end, "=>"))
                {
                    return new Frame(FrameKind.Params, i) { IsArrow = true };
                }

                if (frame.Kind == FrameKind.Object && keyLike && Is(end, "{"))
                {
                    return new Frame(FrameKind.Params, i);
                }
            }
            else if (frame.Kind == FrameKind.Object && keyLike && Is(close + 1, "{"))
            {
                return new Frame(FrameKind.Params, i);
            }
        }

        return new Frame(FrameKind.Paren, i);
    }

    private bool IsDecoratorCall()
    {
        var j = _prev;
        while (j >= 0 && (IsIdentifier(j) || Is(j, ".")))
        {
            j--;
        }

        return Is(j, "@");
    }

    /// <summary>After a parameter list: a return type goes; a declaration without a body (overload, abstract) goes whole.</summary>
    private int AfterParameters(int close, Frame parameters)
    {
        var k = close + 1;
        if (Is(k, ":"))
        {
            var end = SkipType(k + 1, parameters.IsArrow ? TypeMode.ArrowReturn : TypeMode.Return);
            Blank(k, end);
            k = end;
        }

        if (parameters.IsDeclaration && parameters.ParamsOwner >= 0 && !Is(k, "{") && !Is(k, "=>"))
        {
            var end = Is(k, ";") ? k + 1 : k;
            Blank(parameters.ParamsOwner, end);
            return end;
        }

        return k;
    }
}
