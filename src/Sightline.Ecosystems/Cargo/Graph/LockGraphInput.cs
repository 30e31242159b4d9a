using Sightline.Ecosystems.Cargo.Lock;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo.Graph;

/// <summary>
/// What one workspace gives the graph: its Cargo.lock, the root Cargo.toml (null when missing or broken),
/// the member Cargo.toml files that could be read, and the names of the other crates below the workspace
/// folder (path dependencies that are not members).
/// </summary>
internal sealed record LockGraphInput(string LockfilePath, string? ManifestPath, CargoLock Lock, CargoManifest? Root)
{
    public IReadOnlyList<MemberManifest> Members { get; init; } = [];

    public IReadOnlySet<string> NonMemberNames { get; init; } = new HashSet<string>();
}

/// <summary>A member's Cargo.toml; <see cref="Folder"/> is relative to the lockfile's folder.</summary>
internal sealed record MemberManifest(string Folder, CargoManifest Manifest);
