namespace Sightline.Ecosystems.Gradle.Scripts;

internal enum GradleValueKind
{
    /// <summary>Text as written: a single-quoted string, or a string without '$'.</summary>
    Literal,

    /// <summary>A double-quoted string with "$name" / "${expression}" parts.</summary>
    Template,

    /// <summary>A dotted name: a property (versions.jackson), a catalog entry (libs.foo), a project accessor.</summary>
    Reference,

    /// <summary>Anything else, kept as its source text: it is not evaluated.</summary>
    Expression,
}

internal sealed record GradleValue(GradleValueKind Kind, string Text)
{
    public static GradleValue Literal(string text) => new(GradleValueKind.Literal, text);

    public static GradleValue FromString(GradleToken token) =>
        new(token.Interpolated && token.Text.Contains('$', StringComparison.Ordinal) ? GradleValueKind.Template : GradleValueKind.Literal, token.Text);

    /// <summary>
    /// A value from a run of tokens: one string, or a dotted name (a trailing ".get()" or "()" dropped), or
    /// else the tokens' text as an expression.
    /// </summary>
    public static GradleValue From(IReadOnlyList<GradleToken> tokens)
    {
        if (tokens.Count == 1 && tokens[0].Kind == GradleTokenKind.String)
        {
            return FromString(tokens[0]);
        }

        if (tokens.Count == 1 && tokens[0].Kind == GradleTokenKind.Number)
        {
            return Literal(tokens[0].Text);
        }

        var dotted = DottedName(tokens, 0, out var end);
        if (dotted is not null && end == tokens.Count)
        {
            return new GradleValue(GradleValueKind.Reference, StripAccessors(dotted));
        }

        return new GradleValue(GradleValueKind.Expression, SourceText(tokens));
    }

    /// <summary>"a.b.c" from identifiers joined by '.' or '?.' starting at <paramref name="start"/>; "()" calls allowed at the end.</summary>
    public static string? DottedName(IReadOnlyList<GradleToken> tokens, int start, out int end)
    {
        end = start;
        if (start >= tokens.Count || !tokens[start].IsIdentifier())
        {
            return null;
        }

        var parts = new List<string> { tokens[start].Text };
        end = start + 1;
        while (end < tokens.Count)
        {
            if (end + 1 < tokens.Count && tokens[end].Is('(') && tokens[end + 1].Is(')'))
            {
                parts[^1] += "()";
                end += 2;
                continue;
            }

            var dot = end;
            if (tokens[dot].Is('?') && dot + 1 < tokens.Count && tokens[dot + 1].Is('.'))
            {
                dot++;
            }

            if (!tokens[dot].Is('.') || dot + 1 >= tokens.Count || !tokens[dot + 1].IsIdentifier())
            {
                break;
            }

            parts.Add(tokens[dot + 1].Text);
            end = dot + 2;
        }

        return string.Join('.', parts);
    }

    public static string SourceText(IReadOnlyList<GradleToken> tokens)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == GradleTokenKind.Newline)
            {
                continue;
            }

            if (builder.Length > 0 && token.Kind is GradleTokenKind.Identifier or GradleTokenKind.String or GradleTokenKind.Number
                && builder[^1] is not ('(' or '.' or '[' or ' '))
            {
                builder.Append(' ');
            }

            builder.Append(token.Kind == GradleTokenKind.String ? (token.Interpolated ? '"' + token.Text + '"' : "'" + token.Text + "'") : token.Text);
            if (builder.Length > 200)
            {
                return builder.ToString(0, 200) + "…";
            }
        }

        return builder.ToString();
    }

    /// <summary>Provider and getter calls change nothing for us: "libs.versions.x.get()" is "libs.versions.x".</summary>
    public static string StripAccessors(string dotted)
    {
        var text = dotted;
        foreach (var suffix in (string[])[".get()", ".orNull", ".asProvider()", "()"])
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
            }
        }

        return text;
    }
}
