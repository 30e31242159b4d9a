using Sightline.Core.Extraction;

namespace Sightline.Ecosystems;

/// <summary>Every ecosystem extractor, in one explicit list.</summary>
public static class Extractors
{
    public static IReadOnlyList<IEcosystemExtractor> All { get; } =
    [
        new Npm.NpmExtractor(),
        new NuGet.NuGetExtractor(),
        new Gradle.GradleExtractor(),
        new Go.GoExtractor(),
        new PyPI.PyPIExtractor(),
        new Cargo.CargoExtractor(),
        new RubyGems.RubyGemsExtractor(),
        new Composer.ComposerExtractor(),
        new Maven.MavenExtractor(),
    ];
}
