namespace Sightline.Ecosystems.Npm.Yaml;

/// <summary>
/// A node of the YAML subset lockfiles use: a scalar (possibly null), a mapping (ordered) or a sequence.
/// Small and allocation-light on purpose; lockfile parsers walk it once.
/// </summary>
internal sealed class YamlNode(long line)
{
    /// <summary>1-based line where the node starts.</summary>
    public long Line { get; } = line;

    public string? Scalar { get; set; }

    public List<KeyValuePair<string, YamlNode>>? Map { get; set; }

    public List<YamlNode>? Sequence { get; set; }

    public bool IsMap => Map is not null;

    /// <summary>Neither mapping nor sequence: a scalar or nothing ("key:" with no value).</summary>
    public bool IsScalar => Map is null && Sequence is null;

    /// <summary>The value of a key of a mapping (first occurrence), or null.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            if (Map is null)
            {
                return null;
            }

            foreach (var entry in Map)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    public string? GetString(string key) => this[key]?.Scalar;

    public IReadOnlyList<KeyValuePair<string, YamlNode>> Entries => (IReadOnlyList<KeyValuePair<string, YamlNode>>?)Map ?? [];
}
