namespace Sightline.Remediation.Registries;

/// <summary>Base addresses of the registries to ask; a null one is never asked (its ecosystem is served from the cache only).</summary>
public sealed record RegistryEndpoints(
    Uri? Npm = null,
    Uri? NuGet = null,
    Uri? Maven = null,
    Uri? GoProxy = null,
    Uri? PyPI = null,
    Uri? CratesIo = null,
    Uri? RubyGems = null,
    Uri? Packagist = null)
{
    /// <summary>The public registries (NuGet's flat container, Maven Central's repo1, Packagist's p2 metadata).</summary>
    public static RegistryEndpoints Public { get; } = new(
        Npm: new Uri("https://registry.npmjs.org/"),
        NuGet: new Uri("https://api.nuget.org/v3-flatcontainer/"),
        Maven: new Uri("https://repo1.maven.org/maven2/"),
        GoProxy: new Uri("https://proxy.golang.org/"),
        PyPI: new Uri("https://pypi.org/"),
        CratesIo: new Uri("https://crates.io/"),
        RubyGems: new Uri("https://rubygems.org/"),
        Packagist: new Uri("https://repo.packagist.org/"));
}
