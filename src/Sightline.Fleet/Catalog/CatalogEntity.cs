namespace Sightline.Fleet.Catalog;

/// <summary>
/// A Backstage entity (Component, API, System, Group, Resource, Domain, User...) from a catalog file.
/// <see cref="Owner"/> is kept as written: "team-payments", "group:team-payments", "group:default/x", "user:jane".
/// </summary>
public sealed record CatalogEntity(string Kind, string Name, string? Namespace, string? Type, string? Owner,
    string? Lifecycle, string? System, string? Description, IReadOnlyDictionary<string, string> Annotations,
    string Path, int Line);
