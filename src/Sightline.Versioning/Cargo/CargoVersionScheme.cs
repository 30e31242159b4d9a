using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.SemVer;

namespace Sightline.Versioning.Cargo;

/// <summary>
/// crates.io versions: strict SemVer 2.0.0, as the semver crate parses them (no "v", no leading zeros,
/// 64-bit numbers). Build metadata is ignored for order: crates.io refuses to publish "1.0.0+a" next to
/// "1.0.0+b", so they name the same release.
/// </summary>
public sealed class CargoVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Core.Model.Ecosystem.Cargo;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        var ok = SemVerParser.TryParse(text, SemVerSyntax.Strict, out var parsed);
        version = parsed;
        return ok;
    }
}
