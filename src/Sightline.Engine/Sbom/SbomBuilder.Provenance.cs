using Sightline.Core.Model;
using Sightline.Engine.Context;
using Sightline.Reports.Sbom;
using Sightline.Store;

namespace Sightline.Engine.Sbom;

public static partial class SbomBuilder
{
    /// <summary>
    /// What the fleet knows about its own software and no lockfile says: the supplier (sightline.yaml's sbom.supplier,
    /// or --supplier) and, for an internal library, the licence its producing repository's manifest declares.
    /// Third-party components are left as their lockfiles describe them.
    /// </summary>
    private sealed class Provenance(SightlineStore store, FleetContext fleet, string? supplier)
    {
        private readonly InternalPackages _internal = store.LoadInternalPackages();
        private readonly Dictionary<long, StoredGraph> _graphs = [];

        public string? SupplierOf(string repository) => supplier ?? fleet.SupplierOf(repository).Supplier;

        /// <summary>The fleet repositories whose libraries the components include: what a service is also built from.</summary>
        public SortedSet<string> Producers { get; } = new(StringComparer.Ordinal);

        public SbomComponent Enrich(SbomComponent component, string consumer)
        {
            if (!Enum.TryParse<Ecosystem>(component.Ecosystem, ignoreCase: true, out var ecosystem))
            {
                return component;
            }

            var producers = _internal.ProducersFor(consumer, ecosystem, component.Name);
            if (producers.Count == 0)
            {
                return component;
            }

            // The producer of this very version if the fleet has it, else the library's repository as it stands.
            var producer = producers.FirstOrDefault(p => p.Version == component.Version) ?? producers[0];
            Producers.Add(producer.Repository);
            var licenses = component.Licenses.Count > 0 ? component.Licenses : DeclaredBy(producer, ecosystem);
            return component with { Supplier = component.Supplier ?? SupplierOf(producer.Repository), Licenses = licenses };
        }

        /// <summary>The licence on the producing manifest's node for the package: its root, or a workspace member.</summary>
        private IReadOnlyList<string> DeclaredBy(PublishedRecord producer, Ecosystem ecosystem)
        {
            if (!_graphs.TryGetValue(producer.ManifestId, out var graph))
            {
                var manifest = store.ListManifests(producer.Repository).FirstOrDefault(m => m.Id == producer.ManifestId);
                if (manifest is null)
                {
                    return [];
                }

                _graphs[producer.ManifestId] = graph = store.LoadGraph(manifest);
            }

            var node = graph.Nodes.FirstOrDefault(n => n.Index == 0 && SameName(n.Name, producer, ecosystem))
                ?? graph.Nodes.FirstOrDefault(n => n.Source == "local" && SameName(n.Name, producer, ecosystem))
                ?? graph.Nodes.FirstOrDefault(n => n.Index == 0);
            return node?.License is { Length: > 0 } license ? [license] : [];
        }

        private static bool SameName(string name, PublishedRecord producer, Ecosystem ecosystem) =>
            PackageNames.Normalize(ecosystem, name) == producer.NormalizedName;
    }
}
