using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.RubyGems;

/// <summary>RubyGems version ordering (placeholder: exact ordering follows).</summary>
public sealed class RubyGemsVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.RubyGems;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        ArgumentNullException.ThrowIfNull(text);
        version = null;
        return false;
    }
}
