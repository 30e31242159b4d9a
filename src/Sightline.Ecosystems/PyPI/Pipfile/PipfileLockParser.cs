using System.Text.Json;
using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI.Pipfile;

/// <summary>
/// Pipfile.lock (JSON, pipfile-spec 6): "default" (runtime) and "develop" (dev) maps of name → {version "==x",
/// hashes, markers, extras} or {git, ref} / {path|file, editable}. The format records no edges: every package
/// hangs off the project, and only the Pipfile says which ones the project itself declares.
/// </summary>
internal static class PipfileLockParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true };

    public static DependencyGraph Parse(Stream stream, string manifestPath, string lockfilePath, IReadOnlySet<string>? declared)
    {
        using var document = JsonDocument.Parse(stream, Options);
        var root = document.RootElement;
        var spec = root.TryGetProperty("_meta", out var meta) && meta.TryGetProperty("pipfile-spec", out var s) ? s.ToString() : "?";
        var graph = new DependencyGraph(Ecosystem.PyPI, manifestPath, "Pipfile.lock v" + spec) { LockfilePath = lockfilePath };
        var nodes = new Dictionary<(string, string?), PackageNode>();
        foreach (var (section, scope) in new[] { ("default", DependencyScope.Runtime), ("develop", DependencyScope.Dev) })
        {
            if (!root.TryGetProperty(section, out var packages) || packages.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var entry in packages.EnumerateObject())
            {
                var node = NodeFor(graph, nodes, entry, scope);
                node.Scope = DependencyScopes.Strongest(node.Scope, scope);
                node.Direct = declared is null || declared.Contains(node.NormalizedName);
                graph.AddEdge(0, node.Id, scope, Text(entry.Value, "version"));
            }
        }

        graph.AddUnresolved(new UnresolvedDependency("*", null,
            "Pipfile.lock records no dependency edges: every package is listed under the project, paths through libraries are unknown"));
        return graph;
    }

    private static PackageNode NodeFor(DependencyGraph graph, Dictionary<(string, string?), PackageNode> nodes, JsonProperty entry, DependencyScope scope)
    {
        var value = entry.Value;
        var version = Pep508.PinnedVersion(Text(value, "version"));
        var key = (PackageNames.Normalize(Ecosystem.PyPI, entry.Name), version);
        if (nodes.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var node = graph.AddNode(entry.Name, version, scope);
        nodes[key] = node;
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("hashes", out var hashes) && hashes.ValueKind == JsonValueKind.Array)
        {
            node.Integrity = hashes.EnumerateArray().Select(h => h.GetString()).FirstOrDefault(h => !string.IsNullOrEmpty(h));
        }

        if (Text(value, "git") is { } git)
        {
            node.Source = PackageSource.Git;
            node.Resolved = Text(value, "ref") is { } reference ? git + "@" + reference : git;
        }
        else if ((Text(value, "path") ?? Text(value, "file")) is { } path)
        {
            node.Source = PyPISources.Classify(path) == PackageSource.Url ? PackageSource.Url : PackageSource.Local;
            node.Resolved = path;
        }

        return node;
    }

    private static string? Text(JsonElement value, string property) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
