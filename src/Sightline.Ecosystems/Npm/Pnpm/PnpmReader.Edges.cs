using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.Yaml;

namespace Sightline.Ecosystems.Npm.Pnpm;

internal sealed partial class PnpmReader
{
    private List<string> AddMembers(List<(string Folder, string Key, YamlNode Importer)> importers)
    {
        // Importers do not record their own names; the links other importers use do.
        var linkedNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, _, importer) in importers)
        {
            foreach (var (section, _) in ImporterSections)
            {
                foreach (var (name, value) in importer[section]?.Entries ?? [])
                {
                    if (Reference(value) is { } reference && reference.StartsWith("link:", StringComparison.Ordinal)
                        && LinkTarget(folder, reference) is { } target)
                    {
                        linkedNames.TryAdd(target, name);
                    }
                }
            }
        }

        var folders = new List<string>();
        foreach (var (folder, key, _) in importers)
        {
            if (folder == _lockfileFolder)
            {
                _byFolder[folder] = 0;
                continue;
            }

            project.Members.TryGetValue(folder, out var manifest);
            var relative = key; // the importer key: the member's folder as the lockfile names it
            var name = manifest?.Name ?? (linkedNames.TryGetValue(folder, out var linked) ? linked : relative);
            var node = graph.AddNode(name, manifest?.Version);
            node.Source = PackageSource.Local;
            node.Location = relative;
            node.Direct = true;
            _byFolder[folder] = node.Id;
            _declaring.Add(node.Id);
            folders.Add(folder);
        }

        return folders;
    }

    private void AddImporterEdges(string folder, YamlNode importer)
    {
        var from = _byFolder[folder];
        var specifiers = importer["specifiers"];
        foreach (var (section, scope) in ImporterSections)
        {
            foreach (var (name, value) in importer[section]?.Entries ?? [])
            {
                var specifier = value.GetString("specifier") ?? specifiers?.GetString(name);
                Link(from, folder, name, Reference(value), scope, specifier);
            }
        }
    }

    private void AddPackageEdges(int from, YamlNode entry)
    {
        foreach (var (name, value) in entry["dependencies"]?.Entries ?? [])
        {
            Link(from, _lockfileFolder, name, value.Scalar, DependencyScope.Runtime, null);
        }

        foreach (var (name, value) in entry["optionalDependencies"]?.Entries ?? [])
        {
            Link(from, _lockfileFolder, name, value.Scalar, DependencyScope.Optional, null);
        }
    }

    /// <summary>v6/v9 importers give {specifier, version}; v5 importers give the version alone.</summary>
    private static string? Reference(YamlNode value) => value.IsMap ? value.GetString("version") : value.Scalar;

    private static string? LinkTarget(string fromFolder, string reference) =>
        RepositoryPath.Combine(fromFolder, reference["link:".Length..]);

    private void Link(int from, string fromFolder, string name, string? reference, DependencyScope scope, string? specifier)
    {
        if (reference is null)
        {
            return;
        }

        var to = reference.StartsWith("link:", StringComparison.Ordinal) ? LinkedFolder(fromFolder, name, reference) : Lookup(name, reference);
        if (to is not { } child)
        {
            if (scope != DependencyScope.Optional)
            {
                graph.AddUnresolved(new UnresolvedDependency(name, specifier ?? reference, $"no pnpm-lock.yaml entry for {name} {reference}", scope));
            }

            return;
        }

        if (child == from)
        {
            return;
        }

        if (graph.Nodes[child].Name != name && graph.Nodes[child].Source != PackageSource.Local)
        {
            graph.Nodes[child].Alias ??= name;
        }

        // The declared range: importers record it; snapshots only record the resolved version.
        graph.AddEdge(from, child, scope, specifier);
    }

    private int? LinkedFolder(string fromFolder, string name, string reference)
    {
        if (LinkTarget(fromFolder, reference) is not { } target)
        {
            return null;
        }

        if (!_byFolder.TryGetValue(target, out var id))
        {
            // A link: to a folder that is not an importer (a plain local package).
            var node = graph.AddNode(name, null);
            node.Source = PackageSource.Local;
            node.Location = NpmSources.RelativeTo(_lockfileFolder, target);
            node.Resolved = reference;
            id = _byFolder[target] = node.Id;
        }

        return id;
    }

    private int? Lookup(string name, string reference)
    {
        if (major >= 9)
        {
            return SpanKeys.TryGet(_byKeySpan, name, "@", reference, out var id) || _byKey.TryGetValue(reference, out id) ? id : null;
        }

        if (reference.StartsWith('/'))
        {
            return _byKey.TryGetValue(reference, out var direct) ? direct : null;
        }

        var found = major >= 6
            ? SpanKeys.TryGet(_byKeySpan, "/" + name, "@", reference, out var id6)
            : SpanKeys.TryGet(_byKeySpan, "/" + name, "/", reference, out id6);
        return found || _byKey.TryGetValue(reference, out id6) ? id6 : null;
    }

    /// <summary>pnpm v5/v6 record dev/optional per package; where present they beat propagation.</summary>
    private void ApplyExplicitFlags()
    {
        foreach (var (id, entry) in _explicitFlags)
        {
            var dev = entry.GetString("dev");
            var optional = entry.GetString("optional") == "true";
            graph.Nodes[id].Scope = dev == "true" ? DependencyScope.Dev
                : optional ? DependencyScope.Optional
                : dev == "false" ? DependencyScope.Runtime
                : graph.Nodes[id].Scope;
        }
    }
}
