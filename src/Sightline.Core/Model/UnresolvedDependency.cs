namespace Sightline.Core.Model;

/// <summary>
/// A part of a graph that could not be resolved: a declared dependency with no pinned version, a missing
/// lockfile entry, a parent that cannot be found. Recorded, never dropped, never guessed.
/// </summary>
public sealed record UnresolvedDependency(string Name, string? Requirement, string Reason, DependencyScope Scope = DependencyScope.Runtime);
