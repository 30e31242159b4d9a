using Sightline.Core.Model;

namespace Sightline.Remediation.Patching;

/// <summary>The registry of manifest patchers.</summary>
public static class Patchers
{
    /// <summary>The one explicit list; the first patcher that handles a path wins, so specific ones come first.</summary>
    public static IReadOnlyList<IManifestPatcher> All { get; } =
    [
        // npm, NuGet, Maven, Gradle
        new Npm.NpmPatcher(),
        new NuGet.NuGetProjectPatcher(),
        new NuGet.PackagesConfigPatcher(),
        new Maven.MavenPatcher(),
        new Gradle.GradleBuildPatcher(),
        new Gradle.GradleCatalogPatcher(),
        new Gradle.GradlePropertiesPatcher(),

        // Go, PyPI, Cargo, RubyGems, Composer
        new Go.GoPatcher(),
        new PyPI.PyPIPatcher(),
        new Cargo.CargoPatcher(),
        new RubyGems.RubyGemsPatcher(),
        new Composer.ComposerPatcher(),
    ];

    /// <summary>The patcher for a manifest of <paramref name="ecosystem"/> at <paramref name="path"/>, or null.</summary>
    public static IManifestPatcher? For(Ecosystem ecosystem, string path)
    {
        foreach (var patcher in All)
        {
            if (patcher.Ecosystem == ecosystem && patcher.Handles(path))
            {
                return patcher;
            }
        }

        return null;
    }
}
