namespace Sightline.Analysis.Go.Parsing;

internal enum TokenKind
{
    Ident,
    Keyword,
    Int,
    Float,
    Imag,
    Char,
    String,
    Op,
    Semi,
    Eof,
}

/// <summary>One Go token; <see cref="Text"/> is the source text (for an inserted semicolon, "\n").</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int Start, int End)
{
    public bool Is(string text) => (Kind == TokenKind.Op || Kind == TokenKind.Keyword || Kind == TokenKind.Semi) && Text == text;
}
