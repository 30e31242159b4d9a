using Sightline.Core.Model;

namespace Sightline.Ecosystems.Composer;

internal static partial class ComposerGraph
{
    /// <summary>
    /// dist type "path" → Local (a path repository); no notification-url and a VCS source → Git (a vcs
    /// repository or a fork); no notification-url and only a dist → Url; else Registry (Packagist or a
    /// Composer repository). dist.shasum, when Composer recorded one, is the integrity.
    /// </summary>
    private static void Describe(PackageNode node, ComposerPackage package)
    {
        if (package.DistType == "path")
        {
            node.Source = PackageSource.Local;
            node.Resolved = package.DistUrl;
        }
        else if (!package.FromRepository && package.SourceType is "git" or "hg" or "svn" or "fossil" && package.SourceUrl is { } url)
        {
            node.Source = PackageSource.Git;
            node.Resolved = package.SourceReference is { } reference ? $"{url}@{reference}" : url;
        }
        else if (!package.FromRepository && package.DistUrl is { } dist)
        {
            node.Source = PackageSource.Url;
            node.Resolved = dist;
        }
        else
        {
            node.Source = PackageSource.Registry;
            node.Resolved = package.DistUrl ?? package.SourceUrl;
        }

        if (!string.IsNullOrEmpty(package.DistShasum))
        {
            node.Integrity = "sha1:" + package.DistShasum;
        }

        if (package.License is { } license)
        {
            node.License = license;
        }
    }

    /// <summary>Package names are case-insensitive in Composer; what replaces or provides each name.</summary>
    private sealed class PackageIndex
    {
        private readonly Dictionary<string, List<PackageNode>> _real = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<PackageNode>> _replaced = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<PackageNode>> _provided = new(StringComparer.OrdinalIgnoreCase);

        public void Add(ComposerPackage package, PackageNode node)
        {
            Append(_real, package.Name, node);
            foreach (var (name, _) in package.Replace)
            {
                Append(_replaced, name, node);
            }

            foreach (var (name, _) in package.Provide)
            {
                Append(_provided, name, node);
            }
        }

        public IReadOnlyList<PackageNode> Resolve(string name) =>
            _real.GetValueOrDefault(name) ?? _replaced.GetValueOrDefault(name) ?? _provided.GetValueOrDefault(name) ?? [];

        private static void Append(Dictionary<string, List<PackageNode>> map, string name, PackageNode node)
        {
            if (!map.TryGetValue(name, out var list))
            {
                map[name] = list = [];
            }

            if (!list.Contains(node))
            {
                list.Add(node);
            }
        }
    }
}
