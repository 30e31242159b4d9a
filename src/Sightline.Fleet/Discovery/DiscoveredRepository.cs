namespace Sightline.Fleet.Discovery;

/// <summary>A repository found on disk: a git work tree, or a plain folder identified by content.</summary>
public sealed record DiscoveredRepository(string Name, string Path, bool IsGit);
