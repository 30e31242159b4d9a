namespace Sightline.Analysis.Java.Lexing;

internal static class Keywords
{
    /// <summary>Reserved words; "var", "record", "yield", "sealed" stay identifiers (contextual).</summary>
    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
        "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
        "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null",
    };

    public static readonly HashSet<string> Primitives = new(StringComparer.Ordinal)
    {
        "boolean", "byte", "char", "double", "float", "int", "long", "short", "void",
    };

    public static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "abstract", "final", "native", "private", "protected", "public", "static", "strictfp", "synchronized",
        "transient", "volatile", "default", "sealed", "non-sealed",
    };
}
