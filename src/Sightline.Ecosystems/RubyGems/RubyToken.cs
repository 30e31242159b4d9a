namespace Sightline.Ecosystems.RubyGems;

internal enum RubyTokenKind
{
    /// <summary>A quoted string; <see cref="RubyToken.Literal"/> is false when it interpolates (#{...}).</summary>
    String,

    /// <summary>:name or :"name".</summary>
    Symbol,

    /// <summary>name: (a keyword argument or hash key).</summary>
    Key,

    /// <summary>An identifier or constant path (Foo::Bar::VERSION), keywords included.</summary>
    Ident,
    Rocket,
    Comma,
    Open,
    Close,
    Pipe,
    Dot,
    Assign,
    Semicolon,
    Other,
}

internal readonly record struct RubyToken(RubyTokenKind Kind, string Value, bool Literal = true)
{
    public bool Is(RubyTokenKind kind, string value) => Kind == kind && Value == value;

    public bool IsIdent(string value) => Is(RubyTokenKind.Ident, value);
}

/// <summary>One logical Ruby statement: physical lines joined while brackets are open or a line ends in ','.</summary>
internal sealed record RubyStatement(int Line, IReadOnlyList<RubyToken> Tokens)
{
    public RubyToken? First => Tokens.Count > 0 ? Tokens[0] : null;

    /// <summary>True when the statement opens a block: it ends with `do` or `do |args|`.</summary>
    public bool OpensBlock
    {
        get
        {
            var last = Tokens.Count - 1;
            if (last >= 0 && Tokens[last].Kind == RubyTokenKind.Pipe)
            {
                // do |a, b|: walk back to the opening pipe.
                last--;
                while (last >= 0 && Tokens[last].Kind != RubyTokenKind.Pipe)
                {
                    last--;
                }

                last--;
            }

            return last >= 0 && Tokens[last].IsIdent("do");
        }
    }
}
