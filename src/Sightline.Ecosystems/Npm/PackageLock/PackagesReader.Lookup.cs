using System.Text.Json;

namespace Sightline.Ecosystems.Npm.PackageLock;

internal sealed partial class PackagesReader
{
    /// <summary>Bundled dependencies ship inside the tarball and need no lockfile entry of their own.</summary>
    private static bool Bundled(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty("bundleDependencies", out var bundled) && !entry.TryGetProperty("bundledDependencies", out bundled))
        {
            return false;
        }

        if (bundled.ValueKind == JsonValueKind.True)
        {
            return true;
        }

        if (bundled.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in bundled.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.ValueEquals(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string>? OptionalPeers(JsonElement entry)
    {
        if (!entry.TryGetProperty("peerDependenciesMeta", out var meta) || meta.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var peer in meta.EnumerateObject())
        {
            if (peer.Value.ValueKind == JsonValueKind.Object && JsonLimits.Flag(peer.Value, "optional"))
            {
                set.Add(peer.Name);
            }
        }

        return set;
    }

    /// <summary>Node's module lookup: &lt;dir&gt;/node_modules/&lt;name&gt; from the package's folder up to the root.</summary>
    private int? Resolve(string location, string name)
    {
        // Spans all the way: one lookup per ancestor, no candidate strings.
        var ids = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var dir = location.AsSpan();
        while (true)
        {
            var found = dir.Length == 0
                ? SpanKeys.TryGet(ids, "node_modules/", name, default, out var id)
                : SpanKeys.TryGet(ids, dir, "/node_modules/", name, out id);
            if (found)
            {
                return id;
            }

            if (dir.Length == 0)
            {
                return null;
            }

            dir = Parent(dir);
        }
    }

    /// <summary>The enclosing folder that can hold a node_modules: "a/node_modules/@s/b" → "a".</summary>
    private static ReadOnlySpan<char> Parent(ReadOnlySpan<char> dir)
    {
        var cut = dir.LastIndexOf('/');
        dir = cut < 0 ? default : dir[..cut];
        while (dir.Length > 0)
        {
            var last = dir.LastIndexOf('/');
            var segment = last < 0 ? dir : dir[(last + 1)..];
            if (!segment.SequenceEqual("node_modules") && segment[0] != '@')
            {
                break;
            }

            dir = last < 0 ? default : dir[..last];
        }

        return dir;
    }
}
