using Sightline.Analysis.Python.Parsing;

namespace Sightline.Analysis.Python.Walk;

internal static class Brackets
{
    /// <summary>For each bracket token, the index of its partner (-1 when unmatched), computed with a stack.</summary>
    public static int[] Match(List<Token> tokens)
    {
        var match = new int[tokens.Count];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            match[i] = -1;
            var t = tokens[i];
            if (t.Kind != TokenKind.Op || t.Text.Length != 1)
            {
                if (t.Kind == TokenKind.Newline)
                {
                    open.Clear();
                }

                continue;
            }

            switch (t.Text[0])
            {
                case '(' or '[' or '{':
                    open.Push(i);
                    break;
                case ')' or ']' or '}' when open.Count > 0:
                    var o = open.Pop();
                    match[o] = i;
                    match[i] = o;
                    break;
            }
        }

        return match;
    }
}
