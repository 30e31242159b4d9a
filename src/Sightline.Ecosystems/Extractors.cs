using Sightline.Core.Extraction;
using Sightline.Ecosystems.Go;
using Sightline.Ecosystems.Maven;
using Sightline.Ecosystems.NuGet;

namespace Sightline.Ecosystems;

/// <summary>Every ecosystem extractor, in one explicit list.</summary>
public static class Extractors
{
    /// <summary>
    /// The extractors with the machine's defaults (~/.m2/repository, the Go module cache and the NuGet global packages
    /// folder when they exist; no network).
    /// </summary>
    public static IReadOnlyList<IEcosystemExtractor> All { get; } = Create(MavenSettings.Default(), new GoSettings());

    /// <summary>The extractors with explicit settings for the ecosystems that read beyond the repository.</summary>
    /// <param name="nuget">Null: the machine's global packages folder, when it exists.</param>
    public static IReadOnlyList<IEcosystemExtractor> Create(MavenSettings maven, GoSettings go, NuGetSettings? nuget = null) =>
    [
        new Npm.NpmExtractor(),
        new NuGetExtractor(nuget ?? NuGetSettings.Default()),
        new Gradle.GradleExtractor(),
        new GoExtractor(go),
        new PyPI.PyPIExtractor(),
        new Cargo.CargoExtractor(),
        new RubyGems.RubyGemsExtractor(),
        new Composer.ComposerExtractor(),
        new MavenExtractor(maven),
    ];
}
