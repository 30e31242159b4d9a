namespace Sightline.Remediation.Patching;

/// <summary>How a manifest is changed to reach a fixed version.</summary>
public enum PatchKind
{
    /// <summary>Change the version the manifest declares for a dependency it lists (direct dependency).</summary>
    Bump,

    /// <summary>
    /// Force a transitive dependency's version from this manifest: npm overrides / yarn resolutions /
    /// pnpm.overrides, Maven dependencyManagement, NuGet central transitive pinning (PackageVersion in
    /// Directory.Packages.props) or a direct PackageReference, Gradle constraints, Go require, pip
    /// constraint line, Cargo [patch] or a plain lockfile update, Composer require.
    /// </summary>
    Pin,
}
