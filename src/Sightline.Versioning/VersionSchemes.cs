using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.Cargo;
using Sightline.Versioning.Go;
using Sightline.Versioning.Npm;
using Sightline.Versioning.NuGet;
using Sightline.Versioning.SemVer;

namespace Sightline.Versioning;

/// <summary>The version scheme of each ecosystem. Schemes are stateless, so one instance each is shared.</summary>
public static class VersionSchemes
{
    private static readonly IVersionScheme Npm = new NpmVersionScheme();
    private static readonly IVersionScheme NuGet = new NuGetVersionScheme();
    private static readonly IVersionScheme Go = new GoVersionScheme();
    private static readonly IVersionScheme Cargo = new CargoVersionScheme();
    private static readonly IVersionScheme Maven = new Maven.MavenVersionScheme();
    private static readonly IVersionScheme PyPI = new PyPI.PyPIVersionScheme();
    private static readonly IVersionScheme RubyGems = new RubyGems.RubyGemsVersionScheme();
    private static readonly IVersionScheme Packagist = new Packagist.PackagistVersionScheme();

    /// <summary>Generic SemVer 2.0.0: OSV SEMVER ranges, whatever the ecosystem.</summary>
    public static IVersionScheme SemVer { get; } = new SemVerScheme();

    /// <summary>The scheme ordering <paramref name="ecosystem"/>'s versions; null only for an enum value this build does not know.</summary>
    public static IVersionScheme? For(Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.Npm => Npm,
        Ecosystem.NuGet => NuGet,
        Ecosystem.Go => Go,
        Ecosystem.Cargo => Cargo,
        Ecosystem.Maven => Maven,
        Ecosystem.PyPI => PyPI,
        Ecosystem.RubyGems => RubyGems,
        Ecosystem.Packagist => Packagist,
        _ => null,
    };

    /// <summary>The scheme for an OSV range: SEMVER always uses SemVer 2.0.0, ECOSYSTEM the package's own.</summary>
    public static IVersionScheme? For(Ecosystem? ecosystem) => ecosystem is { } known ? For(known) : null;
}
