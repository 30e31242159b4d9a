namespace Sightline.Ecosystems.Gradle.Catalog;

/// <summary>A library of a catalog: "group:artifact" and its version (null when the entry names none).</summary>
internal sealed record CatalogLibrary(string Alias, string Module, GradleVersion? Version, string? Problem = null);

internal sealed record CatalogPlugin(string Alias, string Id, GradleVersion? Version);

/// <summary>
/// A version catalog (gradle/libs.versions.toml). Keys are accessor paths: Gradle maps '-', '_' and '.'
/// in an alias to one accessor separator, so "androidx-core_ktx" is libs.androidx.core.ktx; lookups ignore
/// case, as accessors differ from aliases only in separators.
/// </summary>
internal sealed class VersionCatalog
{
    public VersionCatalog(string name, string path)
    {
        Name = name;
        Path = path;
    }

    public string Name { get; }

    /// <summary>The TOML file, repository-relative.</summary>
    public string Path { get; }

    public Dictionary<string, GradleVersion> Versions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, CatalogLibrary> Libraries { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bundle key → the keys of its libraries.</summary>
    public Dictionary<string, List<string>> Bundles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, CatalogPlugin> Plugins { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static string Key(string alias) => alias.Replace('-', '.').Replace('_', '.');
}
