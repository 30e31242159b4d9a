namespace Sightline.Ecosystems.Gradle.Scripts;

internal enum GradleTokenKind
{
    Identifier,
    String,
    Number,
    Symbol,
    Newline,
}

/// <summary>
/// One token of a Groovy or Kotlin build script. A string token holds its content without quotes;
/// <see cref="Interpolated"/> is true for double-quoted strings, where "$x" and "${x}" are expanded.
/// </summary>
internal readonly record struct GradleToken(GradleTokenKind Kind, string Text, int Line, bool Interpolated = false)
{
    public bool Is(char symbol) => Kind == GradleTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    public bool IsIdentifier(string name) => Kind == GradleTokenKind.Identifier && Text == name;

    public bool IsIdentifier() => Kind == GradleTokenKind.Identifier;
}
