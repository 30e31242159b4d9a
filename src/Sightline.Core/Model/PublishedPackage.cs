namespace Sightline.Core.Model;

/// <summary>
/// The package a manifest produces (pom coordinates, Go module path, pyproject or Cargo package, gemspec,
/// composer name, npm package.json name, NuGet PackageId), in the graph's ecosystem. When another
/// repository depends on it, the fleet links that dependency to this repository: an internal package.
/// </summary>
public sealed record PublishedPackage(string Name, string? Version);
