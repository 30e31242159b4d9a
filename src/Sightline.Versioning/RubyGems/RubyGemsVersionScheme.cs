using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.RubyGems;

/// <summary>Gem::Version syntax (ANCHORED_VERSION_PATTERN) and ordering (Gem::Version#&lt;=&gt;).</summary>
public sealed class RubyGemsVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.RubyGems;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        version = text is null ? null : RubyGemsParser.Parse(text);
        return version is not null;
    }
}
