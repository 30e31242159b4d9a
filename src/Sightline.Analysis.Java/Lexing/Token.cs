namespace Sightline.Analysis.Java.Lexing;

internal enum TokenKind
{
    Identifier,
    Keyword,
    Literal,
    StringLiteral,
    Punctuator,
    End,
}

/// <summary>One token; punctuators are single characters except "->", "::" and "...", so generics need no splitting of ">>".</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public bool Is(string text) => Kind is TokenKind.Punctuator or TokenKind.Keyword && Text == text;

    public bool IsName => Kind == TokenKind.Identifier;
}
