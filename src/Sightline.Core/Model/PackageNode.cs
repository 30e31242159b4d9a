namespace Sightline.Core.Model;

/// <summary>One package at one version inside one manifest's dependency graph.</summary>
public sealed class PackageNode
{
    public PackageNode(int id, Ecosystem ecosystem, string name, string? version)
    {
        Id = id;
        Ecosystem = ecosystem;
        Name = name;
        Version = version;
    }

    /// <summary>Index in <see cref="DependencyGraph.Nodes"/>; 0 is the manifest's own project.</summary>
    public int Id { get; }

    public Ecosystem Ecosystem { get; }

    /// <summary>The package name as the ecosystem spells it (for an npm alias: the real package).</summary>
    public string Name { get; }

    /// <summary>The resolved version; null when it could not be resolved.</summary>
    public string? Version { get; }

    public DependencyScope Scope { get; set; }

    /// <summary>True when the manifest root declares this package itself.</summary>
    public bool Direct { get; set; }

    public PackageSource Source { get; set; }

    /// <summary>Where it was resolved from (registry tarball URL, git URL, local path), when known.</summary>
    public string? Resolved { get; set; }

    /// <summary>A hash the lockfile records (npm integrity "sha512-...", NuGet contentHash), when known.</summary>
    public string? Integrity { get; set; }

    /// <summary>The licence the lockfile states for the package (an SPDX id or expression as written), when it states one.</summary>
    public string? License { get; set; }

    /// <summary>For an npm alias ("my-lodash": "npm:lodash@4"), the name the project imports it by.</summary>
    public string? Alias { get; set; }

    /// <summary>Lockfile location of the entry (e.g. "node_modules/a/node_modules/b"), for explanations.</summary>
    public string? Location { get; set; }

    public string NormalizedName => PackageNames.Normalize(Ecosystem, Name);

    public string Purl => Model.Purl.For(Ecosystem, Name, Version);

    public override string ToString() => Version is null ? Name : $"{Name}@{Version}";
}
