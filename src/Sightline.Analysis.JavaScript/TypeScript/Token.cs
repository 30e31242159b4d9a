namespace Sightline.Analysis.JavaScript.TypeScript;

internal enum TokenKind
{
    Identifier,
    Punctuator,
    String,
    Number,
    Regex,
    /// <summary>A template literal piece: "`a${", "}b${", "}c`" or a whole "`abc`".</summary>
    Template,
    PrivateName,
}

/// <summary>A token of the source: offsets into the text, and whether a line break comes before it.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, bool NewlineBefore);
