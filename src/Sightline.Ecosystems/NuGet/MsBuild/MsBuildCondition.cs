namespace Sightline.Ecosystems.NuGet.MsBuild;

/// <summary>
/// Evaluates the common MSBuild conditions: string comparisons ('$(X)' == 'y', !=), and/or/!, parentheses
/// and 'true'/'false'. Anything else (Exists, property functions, numeric comparisons, unknown
/// properties inside a comparison's expansion) is unknown: null, never guessed.
/// </summary>
internal static partial class MsBuildCondition
{
    public static bool? Evaluate(string condition, Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.Trim().Length == 0)
        {
            return true;
        }

        var tokens = Tokenize(condition);
        if (tokens is null)
        {
            return null;
        }

        var parser = new Parser(tokens, lookup);
        var value = parser.Or();
        return parser.AtEnd ? value : null;
    }

    private sealed class Parser(List<Token> tokens, Func<string, string?> lookup)
    {
        private int _position;

        public bool AtEnd => _position == tokens.Count;

        public bool? Or()
        {
            var left = And();
            while (Accept(TokenKind.Or))
            {
                var right = And();
                left = left == true || right == true ? true : left == false && right == false ? false : null;
            }

            return left;
        }

        private bool? And()
        {
            var left = Unary();
            while (Accept(TokenKind.And))
            {
                var right = Unary();
                left = left == false || right == false ? false : left == true && right == true ? true : null;
            }

            return left;
        }

        private bool? Unary()
        {
            if (Accept(TokenKind.Not))
            {
                return !Unary();
            }

            if (Accept(TokenKind.Open))
            {
                var inner = Or();
                return Accept(TokenKind.Close) ? inner : Fail();
            }

            if (_position >= tokens.Count)
            {
                return Fail();
            }

            var left = tokens[_position++];
            if (left.Kind is TokenKind.Equal or TokenKind.NotEqual or TokenKind.Compare or TokenKind.And or TokenKind.Or or TokenKind.Close)
            {
                return Fail();
            }

            if (_position < tokens.Count && tokens[_position].Kind is TokenKind.Equal or TokenKind.NotEqual or TokenKind.Compare)
            {
                var op = tokens[_position++];
                if (_position >= tokens.Count)
                {
                    return Fail();
                }

                var right = tokens[_position++];
                if (op.Kind == TokenKind.Compare)
                {
                    return null;
                }

                var a = Value(left);
                var b = Value(right);
                if (a is null || b is null)
                {
                    return null;
                }

                var equal = string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
                return op.Kind == TokenKind.Equal ? equal : !equal;
            }

            var single = Value(left);
            return single is null ? null
                : single.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
                : single.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
                : null;
        }

        private string? Value(Token token)
        {
            if (token.Kind is not (TokenKind.String or TokenKind.Word))
            {
                return null;
            }

            var expanded = MsBuildExpander.Expand(token.Text, lookup);
            return expanded.Contains("$(", StringComparison.Ordinal) || expanded.Contains("@(", StringComparison.Ordinal)
                ? null
                : expanded;
        }

        private bool Accept(TokenKind kind)
        {
            if (_position < tokens.Count && tokens[_position].Kind == kind)
            {
                _position++;
                return true;
            }

            return false;
        }

        private bool? Fail()
        {
            _position = tokens.Count + 1;
            return null;
        }
    }
}
