using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Npm.Yaml;

/// <summary>
/// A line-based reader for the YAML subset lockfiles are written in (pnpm-lock.yaml, yarn berry): block
/// mappings and sequences by indentation, quoted and plain scalars, one-line flow collections, block
/// scalars. Faster than a full YAML model and reports the line of anything it does not understand.
/// </summary>
internal static partial class LockYamlReader
{
    private enum FrameKind
    {
        Container,
        /// <summary>A "key:" with nothing after it yet: becomes a mapping or a sequence.</summary>
        Pending,
        BlockScalar,
        /// <summary>A field the caller does not want: its nested lines are read past, not kept.</summary>
        Skipped,
    }

    /// <summary>A container being filled; ChildIndent is the indentation its entries use (-1 before the first).</summary>
    /// <summary>The string pool of the read in progress on this thread (see <see cref="Pooled"/>).</summary>
    private const int MaxSparePool = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_pool;

    [ThreadStatic]
    private static Dictionary<string, string>? t_spare;

    private readonly record struct Frame(int Indent, YamlNode Node, FrameKind Kind, int ChildIndent = -1);

    /// <summary>
    /// Reads to the end; with several documents ("---"), the last non-empty one. Keys in
    /// <paramref name="skipKeys"/> at nesting depth <paramref name="skipDepth"/> (0 = top level) are left
    /// out with everything under them: lockfile parsers drop engines, os, bin... and need not keep them.
    /// </summary>
    public static YamlNode Read(TextReader reader, long firstLineNumber = 1, string? firstLine = null, IReadOnlySet<string>? skipKeys = null, int skipDepth = -1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // One pool per thread, emptied between reads: its buckets are reused, its strings are not kept.
        var pool = t_spare ?? new Dictionary<string, string>(4096, StringComparer.Ordinal);
        t_spare = null;
        t_pool = pool;
        try
        {
            return ReadDocuments(reader, firstLineNumber, firstLine, skipKeys, skipDepth);
        }
        finally
        {
            t_pool = null;
            if (pool.Count <= MaxSparePool)
            {
                pool.Clear();
                t_spare = pool;
            }
        }
    }

    private static YamlNode ReadDocuments(TextReader reader, long firstLineNumber, string? firstLine, IReadOnlySet<string>? skipKeys, int skipDepth)
    {
        var root = new YamlNode(firstLineNumber) { Map = [] };
        var stack = new List<Frame> { new(-1, root, FrameKind.Container) };
        var lineNumber = firstLineNumber - 1;
        for (var line = firstLine ?? reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (stack[^1].Kind is FrameKind.BlockScalar or FrameKind.Skipped)
            {
                if (indent > stack[^1].Indent || indent == line.Length)
                {
                    if (stack[^1].Kind == FrameKind.Skipped)
                    {
                        continue;
                    }

                    var block = stack[^1].Node;
                    block.Scalar = block.Scalar + line.Trim() + "\n";
                    continue;
                }

                stack.RemoveAt(stack.Count - 1);
            }

            if (indent == line.Length || line[indent] == '#')
            {
                continue;
            }

            if (line[indent] == '\t')
            {
                throw new ManifestFormatException("tab in indentation", lineNumber, indent + 1);
            }

            if (indent == 0 && line.StartsWith("---", StringComparison.Ordinal))
            {
                if (root.Map!.Count > 0)
                {
                    root = new YamlNode(lineNumber) { Map = [] };
                }

                stack.Clear();
                stack.Add(new Frame(-1, root, FrameKind.Container));
                continue;
            }

            if (indent == 0 && line.StartsWith("...", StringComparison.Ordinal))
            {
                continue;
            }

            var isItem = line[indent] == '-' && (line.Length == indent + 1 || line[indent + 1] == ' ');
            while (stack.Count > 1)
            {
                var top = stack[^1];
                var compactSequence = isItem && top.Indent == indent && top.Kind == FrameKind.Pending && top.Node.Map is null;
                if (top.Indent < indent || compactSequence)
                {
                    break;
                }

                stack.RemoveAt(stack.Count - 1);
            }

            CheckSiblingIndent(stack, indent, lineNumber);
            var content = line.AsSpan(indent);
            if (isItem)
            {
                AddItem(stack, content, indent, lineNumber);
            }
            else
            {
                AddEntry(stack, content, indent, lineNumber, stack.Count - 1 == skipDepth ? skipKeys : null);
            }
        }

        return root;
    }
}
