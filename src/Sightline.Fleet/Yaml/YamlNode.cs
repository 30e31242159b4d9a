namespace Sightline.Fleet.Yaml;

/// <summary>
/// A node of a parsed YAML document. Nodes reached through an alias are shared, not copied, so each
/// node knows how many nodes its subtree expands to (<see cref="Size"/>) and how deep it goes
/// (<see cref="Height"/>): the loader uses both to refuse alias bombs and over-deep documents.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the node's first character.</summary>
    public int Line { get; }

    public int Column { get; }

    /// <summary>Nodes in the subtree once every alias is expanded, this node included.</summary>
    public abstract long Size { get; }

    /// <summary>Levels below this node once every alias is expanded: 0 for a scalar.</summary>
    public abstract int Height { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool plain, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsPlain = plain;
    }

    public string Value { get; }

    /// <summary>Written without quotes or block indicators: only plain scalars can be null or booleans.</summary>
    public bool IsPlain { get; }

    /// <summary>A plain empty, ~ or null: YAML 1.2 core schema null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The value as text, or null for a YAML null.</summary>
    public string? Text => IsNull ? null : Value;

    public override long Size => 1;

    public override int Height => 0;
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, int line, int column)
        : base(line, column)
    {
        Items = items;
        long size = 1;
        var height = 0;
        foreach (var item in items)
        {
            size += item.Size;
            height = Math.Max(height, item.Height + 1);
        }

        Size = size;
        Height = height;
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override long Size { get; }

    public override int Height { get; }
}

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, int line, int column)
        : base(line, column)
    {
        Entries = entries;
        long size = 1;
        var height = 0;
        foreach (var entry in entries)
        {
            size += 1 + entry.Value.Size;
            height = Math.Max(height, entry.Value.Height + 1);
        }

        Size = size;
        Height = height;
    }

    /// <summary>Entries in document order, merge-key entries (<c>&lt;&lt;</c>) already resolved.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; }

    public override long Size { get; }

    public override int Height { get; }

    /// <summary>The value of a key; with duplicate keys the last one wins.</summary>
    public YamlEntry? Find(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (Entries[i].Key.Value == key)
            {
                return Entries[i];
            }
        }

        return null;
    }

    public YamlNode? Get(string key) => Find(key)?.Value;

    public YamlMapping? GetMapping(string key) => Get(key) as YamlMapping;

    public YamlSequence? GetSequence(string key) => Get(key) as YamlSequence;

    /// <summary>A scalar value's text; null when missing, null, or not a scalar.</summary>
    public string? GetText(string key) => (Get(key) as YamlScalar)?.Text;
}
