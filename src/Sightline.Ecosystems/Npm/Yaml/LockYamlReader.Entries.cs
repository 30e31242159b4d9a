using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Npm.Yaml;

internal static partial class LockYamlReader
{
    /// <summary>All entries of one mapping or sequence line up; a line indented deeper under a scalar is an error.</summary>
    private static void CheckSiblingIndent(List<Frame> stack, int indent, long line)
    {
        var frame = stack[^1];
        if (frame.ChildIndent < 0)
        {
            stack[^1] = frame with { ChildIndent = indent };
        }
        else if (frame.ChildIndent != indent)
        {
            throw new ManifestFormatException("unexpected indentation", line, indent + 1);
        }
    }

    private static void AddItem(List<Frame> stack, ReadOnlySpan<char> content, int indent, long line)
    {
        var parent = stack[^1].Node;
        if (parent.IsScalar && parent.Scalar is null && stack[^1].Kind == FrameKind.Pending)
        {
            parent.Sequence = [];
        }

        if (parent.Sequence is null)
        {
            throw new ManifestFormatException("a sequence item ('- ') where a mapping entry was expected", line, indent + 1);
        }

        var rest = content[1..];
        var skipped = rest.Length - rest.TrimStart(' ').Length;
        rest = rest.TrimStart(' ');
        var itemIndent = indent + 1 + skipped;
        if (rest.IsEmpty)
        {
            var pending = new YamlNode(line);
            parent.Sequence.Add(pending);
            stack.Add(new Frame(indent, pending, FrameKind.Pending));
            return;
        }

        if (rest[0] is not '{' and not '[' && FindKeySeparator(rest) >= 0)
        {
            // "- key: value": a mapping whose further keys line up under "key".
            var map = new YamlNode(line) { Map = [] };
            parent.Sequence.Add(map);
            stack.Add(new Frame(itemIndent - 1, map, FrameKind.Container, itemIndent));
            AddEntry(stack, rest, itemIndent, line);
            return;
        }

        parent.Sequence.Add(ParseValue(rest, line, itemIndent));
    }

    private static void AddEntry(List<Frame> stack, ReadOnlySpan<char> content, int indent, long line, IReadOnlySet<string>? skipKeys = null)
    {
        var frame = stack[^1];
        var parent = frame.Node;
        if (frame.Kind == FrameKind.Pending && parent.IsScalar && parent.Scalar is null)
        {
            parent.Map = [];
        }

        if (parent.Map is null)
        {
            throw new ManifestFormatException(
                parent.Sequence is null ? "unexpected indentation: a value cannot have nested lines here" : "a mapping entry where a sequence item ('- ') was expected",
                line,
                indent + 1);
        }

        var (key, valueStart) = ParseKey(content, line, indent);
        if (skipKeys?.Contains(key) == true)
        {
            stack.Add(new Frame(indent, parent, FrameKind.Skipped));
            return;
        }

        var value = content[valueStart..].Trim(' ');
        if (value.IsEmpty || value[0] == '#')
        {
            var pending = new YamlNode(line);
            parent.Map.Add(new(key, pending));
            stack.Add(new Frame(indent, pending, FrameKind.Pending));
            return;
        }

        if (value[0] is '|' or '>')
        {
            var block = new YamlNode(line) { Scalar = string.Empty };
            parent.Map.Add(new(key, block));
            stack.Add(new Frame(indent, block, FrameKind.BlockScalar));
            return;
        }

        parent.Map.Add(new(key, ParseValue(value, line, indent + valueStart)));
    }
}
