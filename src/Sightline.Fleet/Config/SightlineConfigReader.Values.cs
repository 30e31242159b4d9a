using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Config;

internal sealed partial class SightlineConfigReader
{
    private void CheckKeys(YamlMapping mapping, string prefix, params string[] allowed)
    {
        foreach (var entry in mapping.Entries)
        {
            if (!allowed.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                problems.Add(new ContextProblem(path, entry.Key.Line,
                    $"unknown key '{prefix}{entry.Key.Value}' (expected one of: {string.Join(", ", allowed)})"));
            }
        }
    }

    /// <summary>A mapping-valued key; null when absent or null, a problem when it is something else.</summary>
    private YamlMapping? Section(YamlMapping parent, string key)
    {
        var node = parent.Get(key);
        if (node is null or YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        problems.Add(new ContextProblem(path, node.Line, $"{key} must be a mapping"));
        return null;
    }

    /// <summary>A scalar's text; null when absent, null or blank, a problem when it is a list or mapping.</summary>
    private string? Text(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return string.IsNullOrWhiteSpace(scalar.Text) ? null : scalar.Text.Trim();
            default:
                problems.Add(new ContextProblem(path, node.Line, $"{what} must be a single value"));
                return null;
        }
    }

    /// <summary>A list of values, or one value standing for a list of one; null when absent or wrong.</summary>
    private List<string>? StringList(YamlNode? node, string what)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return [scalar.Value.Trim()];
            case YamlSequence sequence:
                var values = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (Text(item, what + "[]") is { } value && !values.Contains(value))
                    {
                        values.Add(value);
                    }
                }

                return values;
            default:
                problems.Add(new ContextProblem(path, node.Line, $"{what} must be a list of values"));
                return null;
        }
    }
}
