namespace Sightline.Fleet.Ownership;

/// <summary>
/// A GitLab section, all its headers combined (names compare without case; the first spelling is kept).
/// Combined headers take the strictest settings: required if any header is, the largest approval count.
/// </summary>
public sealed record CodeOwnersSection(string Name, int Line, bool Optional, int Approvals, IReadOnlyList<string> DefaultOwners);
