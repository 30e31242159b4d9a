using Sightline.Core.Extraction;
using Sightline.Ecosystems.Cargo;
using Sightline.Ecosystems.Go;
using Sightline.Ecosystems.Maven;
using Sightline.Ecosystems.NuGet;

namespace Sightline.Ecosystems;

/// <summary>Every ecosystem extractor, in one explicit list.</summary>
public static class Extractors
{
    /// <summary>
    /// The extractors with the machine's defaults (~/.m2/repository, the Go module cache, the NuGet global packages
    /// folder and Cargo's registry sources when they exist; no network).
    /// </summary>
    public static IReadOnlyList<IEcosystemExtractor> All { get; } = Create(MavenSettings.Default(), new GoSettings());

    /// <summary>The extractors with explicit settings for the ecosystems that read beyond the repository.</summary>
    /// <param name="nuget">Null: the machine's global packages folder, when it exists.</param>
    /// <param name="cargo">Null: the machine's Cargo registry sources, when they exist.</param>
    public static IReadOnlyList<IEcosystemExtractor> Create(MavenSettings maven, GoSettings go, NuGetSettings? nuget = null, CargoSettings? cargo = null) =>
    [
        new Npm.NpmExtractor(),
        new NuGetExtractor(nuget ?? NuGetSettings.Default()),
        new Gradle.GradleExtractor(),
        new GoExtractor(go),
        new PyPI.PyPIExtractor(),
        new CargoExtractor(cargo ?? CargoSettings.Default()),
        new RubyGems.RubyGemsExtractor(),
        new Composer.ComposerExtractor(),
        new MavenExtractor(maven),
    ];
}
