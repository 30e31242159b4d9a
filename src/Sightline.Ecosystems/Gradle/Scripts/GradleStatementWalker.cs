namespace Sightline.Ecosystems.Gradle.Scripts;

/// <summary>
/// Walks a token list statement by statement, keeping a stack of enclosing blocks (heap, not recursion:
/// deep nesting cannot overflow the stack). A statement's head is its tokens up to a newline, ';', '}' or
/// a '{' that opens a block; closures inside parentheses are skipped whole. The visitor says what each
/// block it opens means.
/// </summary>
internal static class GradleStatementWalker
{
    public delegate GradleFrame Visitor(GradleFrame frame, IReadOnlyList<GradleToken> head, bool opensBlock);

    public static void Walk(IReadOnlyList<GradleToken> tokens, GradleFrame root, Visitor visit)
    {
        var stack = new Stack<GradleFrame>();
        stack.Push(root);
        var head = new List<GradleToken>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == GradleTokenKind.Newline || token.Is(';'))
            {
                i++;
                continue;
            }

            if (token.Is('}'))
            {
                if (stack.Count > 1)
                {
                    stack.Pop();
                }

                i++;
                continue;
            }

            head.Clear();
            i = ReadHead(tokens, i, head);
            var opens = i < tokens.Count && tokens[i].Is('{');
            var frame = visit(stack.Peek(), head, opens);
            if (opens)
            {
                stack.Push(frame);
                i++;
            }
        }
    }

    private static int ReadHead(IReadOnlyList<GradleToken> tokens, int i, List<GradleToken> head)
    {
        var depth = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Is('}') || (depth == 0 && (token.Is('{') || token.Is(';'))))
            {
                return i;
            }

            if (token.Kind == GradleTokenKind.Newline)
            {
                if (depth == 0 && !Continues(head, tokens, i))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (token.Is('{'))
            {
                // A closure inside an argument list: its content is not a statement of ours.
                i = SkipBalanced(tokens, i);
                head.Add(new GradleToken(GradleTokenKind.Symbol, "{", token.Line));
                continue;
            }

            if (token.Is('(') || token.Is('['))
            {
                depth++;
            }
            else if ((token.Is(')') || token.Is(']')) && depth > 0)
            {
                depth--;
            }

            head.Add(token);
            i++;
        }

        return i;
    }

    /// <summary>A newline continues the statement after an operator or comma, or before ".x" / "?.x".</summary>
    private static bool Continues(List<GradleToken> head, IReadOnlyList<GradleToken> tokens, int newline)
    {
        if (head.Count == 0)
        {
            return false;
        }

        var last = head[^1];
        if (last.Is('>') && head.Count > 1 && head[^2].Is('-'))
        {
            // "{ item ->": closure parameters end here.
            return false;
        }

        if (last.Kind == GradleTokenKind.Symbol && last.Text[0] is ',' or '.' or '=' or ':' or '+' or '-' or '*' or '?' or '&' or '|' or '<' or '>')
        {
            return true;
        }

        var next = newline + 1;
        while (next < tokens.Count && tokens[next].Kind == GradleTokenKind.Newline)
        {
            next++;
        }

        return next < tokens.Count && (tokens[next].Is('.') || (tokens[next].Is('?') && next + 1 < tokens.Count && tokens[next + 1].Is('.')));
    }

    private static int SkipBalanced(IReadOnlyList<GradleToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Is('{'))
            {
                depth++;
            }
            else if (tokens[i].Is('}') && --depth == 0)
            {
                return i + 1;
            }
        }

        return tokens.Count;
    }
}
