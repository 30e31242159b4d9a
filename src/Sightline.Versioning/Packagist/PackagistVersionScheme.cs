using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Packagist;

/// <summary>Packagist version ordering (placeholder: exact ordering follows).</summary>
public sealed class PackagistVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.Packagist;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        ArgumentNullException.ThrowIfNull(text);
        version = null;
        return false;
    }
}
