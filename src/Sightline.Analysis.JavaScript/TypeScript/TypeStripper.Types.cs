namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    private const int MaxAngleTokens = 1000;

    private static readonly HashSet<string> TypePrefixes = new(StringComparer.Ordinal)
    {
        "typeof", "keyof", "readonly", "unique", "infer", "new", "asserts", "abstract",
    };

    private enum TypeMode
    {
        /// <summary>`x: T` of a parameter, variable or field: ends at `,` `)` `=` `;` or a line break.</summary>
        Annotation,
        /// <summary>A function's return type: also ends at the body's `{`.</summary>
        Return,
        /// <summary>An arrow function's return type: ends at `=>`.</summary>
        ArrowReturn,
        /// <summary>After `as` / `satisfies`: also ends at any operator of the surrounding expression.</summary>
        As,
    }

    /// <summary>The index of the first token after a type starting at <paramref name="i"/>.</summary>
    private int SkipType(int i, TypeMode mode)
    {
        var expectOperand = true;
        var conditional = 0;
        var start = i;
        while (i < _t.Count)
        {
            var token = _t[i];
            if (i > start && token.NewlineBefore && !expectOperand && !Continues(i))
            {
                break;
            }

            if (token.Kind == TokenKind.Identifier)
            {
                var word = Text(i);
                if (expectOperand)
                {
                    expectOperand = TypePrefixes.Contains(word.ToString());
                    i++;
                    continue;
                }

                if (word is "extends" or "is")
                {
                    expectOperand = true;
                    i++;
                    continue;
                }

                break;
            }

            if (token.Kind is TokenKind.String or TokenKind.Number or TokenKind.Template)
            {
                if (!expectOperand)
                {
                    break;
                }

                i = token.Kind == TokenKind.Template && Text(i)[^1] == '{' ? TemplateEnd(i) : i + 1;
                expectOperand = false;
                continue;
            }

            if (token.Kind != TokenKind.Punctuator)
            {
                break;
            }

            switch (Text(i))
            {
                case "(" or "[":
                    if (_match[i] < i)
                    {
                        return _t.Count;
                    }

                    i = _match[i] + 1;
                    expectOperand = false;
                    continue;
                case "{":
                    if (!expectOperand || _match[i] < i)
                    {
                        return i;
                    }

                    i = _match[i] + 1;
                    expectOperand = false;
                    continue;
                case "<":
                    var close = MatchAngle(i);
                    if (close < 0)
                    {
                        return i;
                    }

                    i = close + 1;
                    expectOperand = false;
                    continue;
                case "|" or "&" or "." or "...":
                    expectOperand = true;
                    i++;
                    continue;
                case "=>":
                    if (mode == TypeMode.ArrowReturn)
                    {
                        return i;
                    }

                    expectOperand = true;
                    i++;
                    continue;
                case "?":
                    if (mode == TypeMode.As || expectOperand)
                    {
                        return i;
                    }

                    conditional++;
                    expectOperand = true;
                    i++;
                    continue;
                case ":":
                    if (conditional == 0)
                    {
                        return i;
                    }

                    conditional--;
                    expectOperand = true;
                    i++;
                    continue;
                case "-" when expectOperand:
                    i++;
                    continue;
                default:
                    return i;
            }
        }

        return i;
    }
}
