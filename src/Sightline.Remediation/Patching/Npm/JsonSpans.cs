namespace Sightline.Remediation.Patching.Npm;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Scalar,
}

/// <summary>A JSON value with its span in the text [Start, End): enough to splice an edit into the original.</summary>
internal sealed class JsonSpan
{
    public JsonSpan(JsonKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int End { get; set; }

    /// <summary>The decoded value of a string.</summary>
    public string? Text { get; set; }

    public List<JsonMember> Members { get; } = [];

    public JsonMember? Member(string key) => Members.Find(member => string.Equals(member.Key, key, StringComparison.Ordinal));

    public JsonSpan? Object(string key) => Member(key)?.Value is { Kind: JsonKind.Object } value ? value : null;
}

/// <summary>An object member: its key (decoded), where the key's opening quote sits, and its value.</summary>
internal sealed record JsonMember(string Key, int KeyStart, JsonSpan Value);
