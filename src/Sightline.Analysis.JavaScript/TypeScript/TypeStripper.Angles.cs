namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    private int TemplateEnd(int i)
    {
        while (i < _t.Count && _match[i] > i)
        {
            i = _match[i];
            if (Text(i)[^1] == '`')
            {
                break;
            }
        }

        return i + 1;
    }

    /// <summary>
    /// The `&gt;` closing a type argument or parameter list opened at <paramref name="open"/>, or -1 when what
    /// follows cannot be types (then `&lt;` is a comparison).
    /// </summary>
    private int MatchAngle(int open)
    {
        var depth = 0;
        for (var i = open; i < _t.Count && i - open < MaxAngleTokens; i++)
        {
            var token = _t[i];
            switch (token.Kind)
            {
                case TokenKind.Identifier or TokenKind.String or TokenKind.Number:
                    continue;
                case TokenKind.Template:
                    i = Text(i)[^1] == '{' ? TemplateEnd(i) - 1 : i;
                    continue;
                case TokenKind.Punctuator:
                    break;
                default:
                    return -1;
            }

            switch (Text(i))
            {
                case "<":
                    depth++;
                    break;
                case ">":
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
                case "(" or "[" or "{":
                    if (_match[i] < i)
                    {
                        return -1;
                    }

                    i = _match[i];
                    break;
                case "," or "." or "|" or "&" or "?" or ":" or "=>" or "=" or "..." or "-":
                    break;
                default:
                    return -1;
            }
        }

        return -1;
    }
}
