namespace Sightline.Core.Model;

/// <summary>Parent depends on child. <see cref="Requirement"/> is the range as declared ("^4.17.0").</summary>
public sealed record DependencyEdge(int From, int To, DependencyScope Scope, string? Requirement = null);
