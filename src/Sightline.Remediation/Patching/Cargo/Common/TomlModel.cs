namespace Sightline.Remediation.Patching.Cargo.Common;

internal enum TomlValueKind
{
    String,
    Array,
    InlineTable,
    Other,
}

/// <summary>A TOML value with its span; strings keep their content span so a version can be replaced in place.</summary>
internal sealed class TomlValue
{
    public required TomlValueKind Kind { get; init; }

    /// <summary>[Start, End) of the whole value (quotes, brackets included).</summary>
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>String content (decoded); the raw token for other scalars.</summary>
    public string Text { get; init; } = "";

    /// <summary>A string whose content has escapes: its content span does not map to <see cref="Text"/>.</summary>
    public bool Escaped { get; init; }

    public int ContentStart => Kind == TomlValueKind.String ? Start + QuoteLength : Start;

    public int ContentEnd => Kind == TomlValueKind.String ? End - QuoteLength : End;

    public int QuoteLength { get; init; }

    public IReadOnlyList<TomlValue> Items { get; init; } = [];

    public IReadOnlyList<TomlEntry> Entries { get; init; } = [];
}

/// <summary>A key = value pair: <see cref="Table"/> is the enclosing [table] path, <see cref="Key"/> the dotted key.</summary>
internal sealed record TomlEntry(IReadOnlyList<string> Table, IReadOnlyList<string> Key, TomlValue Value, int Start)
{
    public IReadOnlyList<string> Path => [.. Table, .. Key];
}

/// <summary>A [table] or [[array]] header; the root table has an empty path and no header.</summary>
internal sealed record TomlTable(IReadOnlyList<string> Path, bool IsArray, int HeaderStart, int HeaderEnd);

/// <summary>Thrown by the scanner for text that is not TOML; the patchers turn it into a problem.</summary>
internal sealed class TomlException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
