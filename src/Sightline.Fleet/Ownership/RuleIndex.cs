namespace Sightline.Fleet.Ownership;

/// <summary>
/// Finds the few rules that can match a path, so a lookup does not try all of them. Every rule is filed
/// once, under a key every path it matches must have: rules anchored at the root with two or more literal
/// leading segments in a trie walked along the path's first segments; other rules under the rarest literal
/// segment name the path must contain (or in the trie under a single leading name when they have no
/// other), else under an extension one of its segments must end with; the rest ("*", "*foo*") are generic
/// and always tried. Candidates are a superset of the matches; the caller tests them, highest index first.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Node _root = new();
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byExtension;
    private readonly int[] _generic;

    public RuleIndex(IReadOnlyList<PathPattern> patterns)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byExtension = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var generic = new List<int>();
        // How often each name occurs in the file's patterns: a rule is filed under its rarest name.
        var frequency = patterns.SelectMany(p => p.LaterLiterals).CountBy(n => n, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        for (var i = 0; i < patterns.Count; i++)
        {
            var pattern = patterns[i];
            if (pattern.MatchesNothing)
            {
                continue;
            }

            var leading = pattern.LeadingLiterals;
            var name = pattern.LaterLiterals.MinBy(n => frequency[n]);
            if (leading.Count >= 2 || (leading.Count == 1 && name is null))
            {
                _root.Add(leading, i);
            }
            else if (name is not null)
            {
                Add(byName, name, i);
            }
            else if (pattern.AnyExtension is { } extension)
            {
                Add(byExtension, extension, i);
            }
            else
            {
                generic.Add(i);
            }
        }

        _root.Freeze();
        _byName = Freeze(byName);
        _byExtension = Freeze(byExtension);
        _generic = [.. generic];
    }

    public void Collect(string path, MatchScratch scratch)
    {
        scratch.AddCandidates(_generic);
        var starts = scratch.Starts;
        var lengths = scratch.Lengths;
        var node = _root;
        for (var s = 0; s < starts.Length; s++)
        {
            var segment = path.AsSpan(starts[s], lengths[s]);
            if (node is not null)
            {
                node = node.Child(segment);
                if (node is not null)
                {
                    scratch.AddCandidates(node.Rules);
                }
            }

            if (_byName.Dictionary.Count > 0 && _byName.TryGetValue(segment, out var named))
            {
                scratch.AddCandidates(named);
            }

            var dot = segment.LastIndexOf('.');
            if (dot >= 0 && _byExtension.Dictionary.Count > 0 && _byExtension.TryGetValue(segment[(dot + 1)..], out var extended))
            {
                scratch.AddCandidates(extended);
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int rule)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(rule);
    }

    private static Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Freeze(Dictionary<string, List<int>> map) =>
        map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly List<int> _rules = [];

        public int[] Rules { get; private set; } = [];

        public void Add(IReadOnlyList<string> segments, int rule)
        {
            // Iterative: a pattern may have thousands of segments, and recursion would follow each one.
            var node = this;
            foreach (var segment in segments)
            {
                node._children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node._children.TryGetValue(segment, out var child))
                {
                    node._children[segment] = child = new Node();
                }

                node = child;
            }

            node._rules.Add(rule);
        }

        public Node? Child(ReadOnlySpan<char> segment) =>
            _children is not null && _lookup.TryGetValue(segment, out var child) ? child : null;

        public void Freeze()
        {
            var pending = new Stack<Node>([this]);
            while (pending.TryPop(out var node))
            {
                node.Rules = [.. node._rules];
                if (node._children is not null)
                {
                    node._lookup = node._children.GetAlternateLookup<ReadOnlySpan<char>>();
                    foreach (var child in node._children.Values)
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }
}
