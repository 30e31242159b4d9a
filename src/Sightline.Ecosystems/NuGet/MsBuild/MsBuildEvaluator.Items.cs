namespace Sightline.Ecosystems.NuGet.MsBuild;

internal static partial class MsBuildEvaluator
{
    private sealed class ItemSet
    {
        public List<RefItem> References { get; } = [];

        public Dictionary<string, RefItem> Versions { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<RefItem> Globals { get; } = [];

        public List<DeclaredProject> Projects { get; } = [];
    }

    private sealed record RefItem(string Id, Dictionary<string, string> Metadata, string File, int Line);

    private static ItemSet EvaluateItems(string projectPath, IReadOnlyList<MsBuildNode> nodes, Dictionary<string, string> properties, string framework)
    {
        var set = new ItemSet();
        foreach (var node in nodes)
        {
            if (node is not MsBuildItem item)
            {
                continue;
            }

            var lookup = Lookup(projectPath, node.File, properties, framework.Length == 0 ? null : framework);
            // An undecidable item condition keeps the item: reporting a dependency that may not be used is
            // safer than hiding one that is.
            if (Conditions(node, lookup) == false)
            {
                continue;
            }

            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in item.Metadata)
            {
                metadata[key] = MsBuildExpander.Expand(value, lookup);
            }

            switch (item.ItemType.ToUpperInvariant())
            {
                case "PACKAGEREFERENCE":
                    Apply(set.References, item, metadata, lookup);
                    break;
                case "PACKAGEVERSION":
                    var versions = set.Versions.Values.ToList();
                    Apply(versions, item, metadata, lookup);
                    set.Versions.Clear();
                    foreach (var version in versions)
                    {
                        set.Versions[version.Id] = version;
                    }

                    break;
                case "GLOBALPACKAGEREFERENCE":
                    Apply(set.Globals, item, metadata, lookup);
                    break;
                case "PROJECTREFERENCE" when item.Include is not null:
                    foreach (var include in Split(MsBuildExpander.Expand(item.Include, lookup)))
                    {
                        set.Projects.Add(new DeclaredProject(include, IsBuildOnlyProject(metadata), item.File, item.Line));
                    }

                    break;
                default:
                    break;
            }
        }

        return set;
    }

    /// <summary>Include adds, Update changes the metadata of items already there, Remove drops them.</summary>
    private static void Apply(List<RefItem> items, MsBuildItem item, Dictionary<string, string> metadata, Func<string, string?> lookup)
    {
        if (item.Include is not null)
        {
            foreach (var id in Split(MsBuildExpander.Expand(item.Include, lookup)))
            {
                // A later Include of the same PackageVersion replaces it; of a PackageReference, NuGet warns and keeps the first.
                items.Add(new RefItem(id, new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase), item.File, item.Line));
            }
        }
        else if (item.Update is not null)
        {
            var ids = Split(MsBuildExpander.Expand(item.Update, lookup)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var existing in items.Where(i => ids.Contains(i.Id)))
            {
                foreach (var (key, value) in metadata)
                {
                    existing.Metadata[key] = value;
                }
            }
        }
        else if (item.Remove is not null)
        {
            var ids = Split(MsBuildExpander.Expand(item.Remove, lookup)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            items.RemoveAll(i => ids.Contains(i.Id));
        }
    }

    private static string[] Split(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsBuildOnlyProject(Dictionary<string, string> metadata) =>
        (metadata.TryGetValue("ReferenceOutputAssembly", out var output) && output.Trim().Equals("false", StringComparison.OrdinalIgnoreCase))
        || (metadata.TryGetValue("OutputItemType", out var type) && type.Trim().Equals("Analyzer", StringComparison.OrdinalIgnoreCase))
        || HasAll(metadata, "PrivateAssets");

    private static bool HasAll(Dictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var value) && Split(value).Any(v => v.Equals("all", StringComparison.OrdinalIgnoreCase));
}
