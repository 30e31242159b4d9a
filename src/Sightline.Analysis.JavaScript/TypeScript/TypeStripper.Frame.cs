namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class TypeStripper
{
    private static int[] Brackets(List<Token> tokens, char[] output)
    {
        var match = new int[tokens.Count];
        Array.Fill(match, -1);
        var stack = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var first = output[token.Start];
            var last = output[token.End - 1];
            var closes = (token.Kind == TokenKind.Punctuator && token.End - token.Start == 1 && first is ')' or ']' or '}')
                || (token.Kind == TokenKind.Template && first == '}');
            var opens = (token.Kind == TokenKind.Punctuator && token.End - token.Start == 1 && first is '(' or '[' or '{')
                || (token.Kind == TokenKind.Template && last == '{' && token.End - token.Start >= 2 && output[token.End - 2] == '$');
            if (closes && stack.Count > 0)
            {
                var open = stack.Pop();
                match[open] = i;
                match[i] = open;
            }

            if (opens)
            {
                stack.Push(i);
            }
        }

        return match;
    }

    private sealed class Frame(FrameKind kind, int open)
    {
        public FrameKind Kind { get; } = kind;

        public int Open { get; } = open;

        public int Ternary { get; set; }

        public bool LastColonTernary { get; set; }

        public bool VarDecl { get; set; }

        public bool InVarDecl { get; set; }

        /// <summary>Block: first token of the current statement. Class: first token of the current member.</summary>
        public int OwnerStart { get; set; } = -1;

        /// <summary>Class: inside a field's initialiser, where parentheses are calls, not a method's parameters.</summary>
        public bool Initializer { get; set; }

        public bool IsArrow { get; init; }

        public bool IsDeclaration { get; init; }

        public int ParamsOwner { get; init; } = -1;
    }
}
