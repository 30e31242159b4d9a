using Sightline.Core.Extraction;
using Sightline.Ecosystems.Go;
using Sightline.Ecosystems.Maven;

namespace Sightline.Ecosystems;

/// <summary>Every ecosystem extractor, in one explicit list.</summary>
public static class Extractors
{
    /// <summary>The extractors with the machine's defaults (~/.m2/repository and the Go module cache when they exist; no network).</summary>
    public static IReadOnlyList<IEcosystemExtractor> All { get; } = Create(MavenSettings.Default(), new GoSettings());

    /// <summary>The extractors with explicit settings for the ecosystems that read beyond the repository.</summary>
    public static IReadOnlyList<IEcosystemExtractor> Create(MavenSettings maven, GoSettings go) =>
    [
        new Npm.NpmExtractor(),
        new NuGet.NuGetExtractor(),
        new Gradle.GradleExtractor(),
        new GoExtractor(go),
        new PyPI.PyPIExtractor(),
        new Cargo.CargoExtractor(),
        new RubyGems.RubyGemsExtractor(),
        new Composer.ComposerExtractor(),
        new MavenExtractor(maven),
    ];
}
