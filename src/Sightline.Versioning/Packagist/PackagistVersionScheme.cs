using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Packagist;

/// <summary>
/// Composer versions: composer/semver's VersionParser::normalize, then the ordering its Comparator
/// gets from PHP's version_compare on the normalized strings.
/// </summary>
public sealed class PackagistVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.Packagist;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        version = null;
        if (text is null || PackagistNormalizer.Normalize(text) is not { } normalized)
        {
            return false;
        }

        version = new PackagistVersion(text, normalized.Version, normalized.IsPrerelease);
        return true;
    }
}
