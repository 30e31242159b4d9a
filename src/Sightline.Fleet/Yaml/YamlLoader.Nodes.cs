using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sightline.Fleet.Yaml;

internal sealed partial class YamlLoader
{
    private const string MergeKey = "<<";

    private YamlNode ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new YamlException("unexpected end of the YAML document");
        if (depth > _limits.MaxDepth)
        {
            throw new YamlLimitException($"YAML nested deeper than {_limits.MaxDepth} levels", current.Start, fatal: true);
        }

        YamlNode node;
        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlLimitException($"alias *{alias.Value.Value} refers to no earlier anchor", alias.Start);
                }

                if (depth + target.Height > _limits.MaxDepth)
                {
                    throw new YamlLimitException($"alias *{alias.Value.Value} nests the document deeper than {_limits.MaxDepth} levels", alias.Start);
                }

                Charge(target.Size, alias.Start);
                return target;
            case Scalar scalar:
                _parser.MoveNext();
                Charge(1, scalar.Start);
                node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start));
                break;
            case SequenceStart start:
                _parser.MoveNext();
                Charge(1, start.Start);
                node = ReadSequence(start, depth);
                break;
            case MappingStart start:
                _parser.MoveNext();
                Charge(1, start.Start);
                node = ReadMapping(start, depth);
                break;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected YAML {current.GetType().Name}");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = node;
        }

        return node;
    }

    private YamlSequence ReadSequence(SequenceStart start, int depth)
    {
        var items = new List<YamlNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1));
        }

        return new YamlSequence(items, Line(start.Start), Column(start.Start));
    }

    private YamlMapping ReadMapping(MappingStart start, int depth)
    {
        var entries = new List<YamlEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        List<YamlMapping>? merged = null;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current;
            if (ReadNode(depth + 1) is not YamlScalar key)
            {
                throw new YamlLimitException("a mapping key that is not a plain value is not supported", keyEvent?.Start ?? start.Start);
            }

            var value = ReadNode(depth + 1);
            if (key.IsPlain && key.Value == MergeKey)
            {
                merged ??= [];
                AddMergeSources(value, merged, keyEvent!.Start);
                continue;
            }

            keys.Add(key.Value);
            entries.Add(new YamlEntry(key, value));
        }

        if (merged is not null)
        {
            // Explicit keys win over merged ones wherever they are written; earlier merge sources win over later.
            foreach (var source in merged)
            {
                foreach (var entry in source.Entries)
                {
                    if (keys.Add(entry.Key.Value))
                    {
                        entries.Add(entry);
                    }
                }
            }
        }

        return new YamlMapping(entries, Line(start.Start), Column(start.Start));
    }

    private static void AddMergeSources(YamlNode value, List<YamlMapping> into, Mark at)
    {
        switch (value)
        {
            case YamlMapping mapping:
                into.Add(mapping);
                break;
            case YamlSequence sequence when sequence.Items.All(i => i is YamlMapping):
                into.AddRange(sequence.Items.Cast<YamlMapping>());
                break;
            default:
                throw new YamlLimitException("a merge key (<<) takes a mapping or a list of mappings", at);
        }
    }

    private void Charge(long nodes, Mark at)
    {
        _expanded += nodes;
        if (_expanded > _limits.MaxExpandedNodes)
        {
            throw new YamlLimitException(
                $"YAML document expands to more than {_limits.MaxExpandedNodes:N0} nodes (aliases counted as what they repeat)", at);
        }
    }
}
