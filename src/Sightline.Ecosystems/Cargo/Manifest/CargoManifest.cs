using Sightline.Core.Model;

namespace Sightline.Ecosystems.Cargo.Manifest;

/// <summary>What a Cargo.toml declares: its [package], its [workspace] and its dependency sections.</summary>
internal sealed class CargoManifest
{
    /// <summary>[package] name; null for a virtual workspace manifest.</summary>
    public string? Name { get; init; }

    /// <summary>[package] version as written; null when absent or inherited.</summary>
    public string? Version { get; init; }

    /// <summary>`version.workspace = true`: the version comes from [workspace.package].</summary>
    public bool VersionInherited { get; init; }

    /// <summary>[package] license (an SPDX expression as written); null when absent, inherited or not a string.</summary>
    public string? License { get; init; }

    /// <summary>`license.workspace = true`: the licence comes from [workspace.package].</summary>
    public bool LicenseInherited { get; init; }

    public CargoWorkspace? Workspace { get; init; }

    /// <summary>Every declaration of [dependencies], [dev-dependencies], [build-dependencies] and their target forms.</summary>
    public List<CargoDeclaration> Dependencies { get; init; } = [];

    /// <summary>The package version, taking it from the workspace when it is inherited.</summary>
    public string? VersionWith(CargoWorkspace? workspace) => VersionInherited ? workspace?.PackageVersion : Version;

    /// <summary>The package licence, taking it from the workspace when it is inherited.</summary>
    public string? LicenseWith(CargoWorkspace? workspace) => LicenseInherited ? workspace?.PackageLicense : License;
}

/// <summary>[workspace]: members (globs), exclude (folders), default-members, inherited package fields and dependencies.</summary>
internal sealed class CargoWorkspace
{
    public List<string> Members { get; init; } = [];

    public List<string> Exclude { get; init; } = [];

    public List<string> DefaultMembers { get; init; } = [];

    /// <summary>[workspace.package] version, which members inherit with `version.workspace = true`.</summary>
    public string? PackageVersion { get; init; }

    /// <summary>[workspace.package] license, which members inherit with `license.workspace = true`.</summary>
    public string? PackageLicense { get; init; }

    /// <summary>[workspace.dependencies] by the key members use with `name.workspace = true`.</summary>
    public Dictionary<string, CargoDeclaration> Dependencies { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One dependency declaration. <see cref="Key"/> is the name written in Cargo.toml, <see cref="Package"/>
/// the crate it means (different for `package = "real-name"` renames). <see cref="Location"/> is the path
/// (Local) or the git URL with its branch/tag/rev (Git).
/// </summary>
internal sealed record CargoDeclaration(
    string Key,
    string Package,
    string? Requirement,
    DependencyScope Scope,
    PackageSource Source,
    string? Location,
    string? Target)
{
    /// <summary>`workspace = true`: version, source and package come from [workspace.dependencies].</summary>
    public bool Inherited { get; init; }

    /// <summary>Inherited, but the workspace declares no such dependency (or no workspace was found).</summary>
    public bool InheritanceMissing { get; init; }

    public string Section => Scope == DependencyScope.Dev ? "dev/build" : "runtime";

    /// <summary>This declaration with version, source and package taken from the workspace's entry.</summary>
    public CargoDeclaration InheritFrom(CargoWorkspace? workspace)
    {
        if (!Inherited)
        {
            return this;
        }

        return workspace is not null && workspace.Dependencies.TryGetValue(Key, out var shared)
            ? this with { Package = shared.Package, Requirement = shared.Requirement, Source = shared.Source, Location = shared.Location }
            : this with { InheritanceMissing = true };
    }
}
