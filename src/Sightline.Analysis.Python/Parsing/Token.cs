namespace Sightline.Analysis.Python.Parsing;

internal enum TokenKind
{
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
}

/// <summary>A token; <see cref="EndLine"/> differs from <see cref="Line"/> only for multi-line strings.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int EndLine, int Offset)
{
    public bool Is(string op) => Kind == TokenKind.Op && Text == op;

    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;
}
