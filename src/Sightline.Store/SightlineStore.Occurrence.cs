using Sightline.Core.Model;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>One (manifest, version) group of who-uses, while the covering index is scanned.</summary>
    private sealed class Occurrence(long manifest, int node, string ecosystem, string? version, int depth, bool direct, DependencyScope scope)
    {
        public long Manifest { get; } = manifest;

        public int Node { get; set; } = node;

        public string Ecosystem { get; } = ecosystem;

        public string? Version { get; } = version;

        public int Depth { get; set; } = depth;

        public bool Direct { get; set; } = direct;

        public DependencyScope Scope { get; set; } = scope;

        public int Occurrences { get; set; } = 1;

        /// <summary>Whether the occurrence standing for the group is itself a direct one.</summary>
        public bool RepresentativeDirect { get; set; } = direct;
    }
}
