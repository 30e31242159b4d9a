namespace Sightline.Core.Model;

/// <summary>
/// Why a package is in the graph. Ordered strongest first: a package reached both as runtime and as
/// dev dependency is a runtime dependency.
/// </summary>
public enum DependencyScope
{
    Runtime = 0,
    Optional = 1,
    Peer = 2,
    Provided = 3,
    Dev = 4,
    Test = 5,
}

public static class DependencyScopes
{
    public static string ToText(this DependencyScope scope) => scope.ToString().ToLowerInvariant();

    public static DependencyScope Parse(string text) =>
        Enum.TryParse<DependencyScope>(text, ignoreCase: true, out var scope)
            ? scope
            : throw new FormatException($"unknown dependency scope '{text}'");

    /// <summary>The stronger (lower) of two scopes.</summary>
    public static DependencyScope Strongest(DependencyScope a, DependencyScope b) => a <= b ? a : b;
}
