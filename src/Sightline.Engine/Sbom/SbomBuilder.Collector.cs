using Sightline.Core.Model;
using Sightline.Reports.Sbom;
using Sightline.Store;

namespace Sightline.Engine.Sbom;

public static partial class SbomBuilder
{
    /// <summary>Gathers components and edges from every manifest of the repositories added.</summary>
    private sealed class Collector(Provenance provenance)
    {
        private readonly SortedSet<string> _rootLicenses = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SbomComponent> _components = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (SortedSet<string> Runtime, SortedSet<string> Dev)> _edges = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _subjectRuntime = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _subjectDev = new(StringComparer.Ordinal);

        public void Add(SightlineStore store, string repository, string? prefix)
        {
            foreach (var manifest in store.ListManifests(repository))
            {
                var graph = store.LoadGraph(manifest);
                if (graph.Nodes.FirstOrDefault(n => n.Index == 0)?.License is { } declared && declared.Trim().Length > 0)
                {
                    _rootLicenses.Add(declared.Trim());
                }

                var refs = new Dictionary<int, string>();
                foreach (var node in graph.Nodes.Where(n => n.Index != 0))
                {
                    refs[node.Index] = Component(node, repository, prefix is null ? manifest.Path : $"{prefix}:{manifest.Path}");
                }

                foreach (var edge in graph.Edges)
                {
                    if (!refs.TryGetValue(edge.Child, out var child))
                    {
                        continue;
                    }

                    var dev = edge.Scope is "dev" or "test";
                    if (edge.Parent == 0)
                    {
                        (dev ? _subjectDev : _subjectRuntime).Add(child);
                    }
                    else if (refs.TryGetValue(edge.Parent, out var parent))
                    {
                        if (!_edges.TryGetValue(parent, out var set))
                        {
                            _edges[parent] = set = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                        }

                        (dev ? set.Dev : set.Runtime).Add(child);
                    }
                }
            }
        }

        /// <summary>The licences the added repositories' manifests declare for themselves.</summary>
        public IReadOnlyList<string> RootLicenses => [.. _rootLicenses.Select(LicenseNames.Normalize).Distinct(StringComparer.Ordinal)];

        private string Component(StoredNode node, string repository, string manifest)
        {
            var key = node.Purl;
            var scope = node.Scope;
            if (_components.TryGetValue(key, out var known))
            {
                // Several manifests, or one package at several lockfile paths (a hoisted copy with its integrity, a
                // bundled one with only its licence): the strongest scope wins, direct if any declares it, and a
                // field one occurrence lacks is taken from another.
                var stronger = DependencyScopes.Parse(scope) < DependencyScopes.Parse(known.Scope) ? scope : known.Scope;
                _components[key] = known with
                {
                    Scope = stronger,
                    Direct = known.Direct || node.Direct,
                    Hashes = known.Hashes.Count > 0 ? known.Hashes : SbomHashes.From(node.Integrity),
                    Licenses = known.Licenses.Count > 0 || node.License is null ? known.Licenses : [node.License],
                    Source = known.Source ?? node.ResolvedFrom,
                };
                return key;
            }

            _components[key] = provenance.Enrich(new SbomComponent(key, node.Ecosystem, node.Name, node.Version, node.Purl, scope, node.Direct, manifest,
                SbomHashes.From(node.Integrity), node.License is { } license ? [license] : [], null, node.ResolvedFrom), repository);
            return key;
        }

        public SbomDocument Build(SbomSubject subject, bool reproducible, DateTimeOffset? now)
        {
            // Licence names that stand for one SPDX id ("Apache License, Version 2.0") are written as that id.
            var components = _components.Values
                .Select(c => c.Licenses.Count == 0 ? c : c with { Licenses = [.. c.Licenses.Select(LicenseNames.Normalize).Distinct(StringComparer.Ordinal)] })
                .OrderBy(c => c.BomRef, StringComparer.Ordinal).ToList();
            var dependencies = new List<SbomDependency> { new(subject.BomRef, [.. _subjectRuntime], [.. _subjectDev.Except(_subjectRuntime)]) };
            dependencies.AddRange(components.Select(c => _edges.TryGetValue(c.BomRef, out var set)
                ? new SbomDependency(c.BomRef, [.. set.Runtime], [.. set.Dev.Except(set.Runtime)])
                : new SbomDependency(c.BomRef, [], [])));
            var content = components.Select(c => $"{c.Purl}|{c.Scope}|{string.Join(',', c.Hashes.Select(h => h.Value))}|{string.Join(',', c.Licenses)}|{c.Supplier}")
                .Append($"subject|{string.Join(',', subject.Licenses)}|{subject.Supplier}")
                .Append($"parts|{string.Join(',', subject.Parts.Select(p => p + "@" + subject.PartDetails.GetValueOrDefault(p)?.Revision))}")
                .Concat(dependencies.Select(d => $"{d.Ref}>{string.Join(',', d.DependsOn)}|{string.Join(',', d.DevDependsOn)}"));
            return new SbomDocument(subject, components, dependencies, Metadata(subject.BomRef + "@" + subject.Revision, content, reproducible, now));
        }
    }
}
