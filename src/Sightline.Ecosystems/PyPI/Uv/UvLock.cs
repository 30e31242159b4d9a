using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI.Uv;

/// <summary>A parsed uv.lock: the locked packages, the project at the lockfile's folder, and its declarations.</summary>
internal sealed class UvLock
{
    public required string Version { get; init; }

    /// <summary>Every package except the root project (members and path packages are in, as Local).</summary>
    public List<LockedPackage> Packages { get; } = [];

    /// <summary>The package whose source is the lockfile's own folder (editable/virtual "."), if any.</summary>
    public string? RootName { get; set; }

    public string? RootVersion { get; set; }

    /// <summary>The root's dependencies, extras (optional) and dev groups, plus other members' dev groups.</summary>
    public List<Declaration> Declarations { get; } = [];

    /// <summary>Workspace members other than the root (from [manifest] members): they hang off the root.</summary>
    public List<LockedPackage> Members { get; } = [];

    /// <summary>Local folders (relative to the lockfile) of the root and the members: their pyproject.toml is covered here.</summary>
    public List<string> MemberFolders { get; } = [];
}
