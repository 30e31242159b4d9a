using Sightline.Core.Versioning;

namespace Sightline.Versioning.Osv;

/// <summary>
/// A queried version, parsed once for both range types: the ecosystem's scheme (ECOSYSTEM ranges,
/// <c>versions[]</c>) and SemVer 2.0.0 (SEMVER ranges). Build one per package version and reuse it
/// against every advisory of that package.
/// </summary>
public sealed class VersionQuery
{
    private VersionQuery(string text, IVersionScheme? scheme, IVersion? ecosystem, IVersion? semVer)
    {
        Text = text;
        Scheme = scheme;
        Ecosystem = ecosystem;
        SemVer = semVer;
    }

    public string Text { get; }

    /// <summary>The ecosystem scheme it was parsed with; null when the ecosystem has none.</summary>
    public IVersionScheme? Scheme { get; }

    /// <summary>The version under <see cref="Scheme"/>; null when unparsable there.</summary>
    public IVersion? Ecosystem { get; }

    /// <summary>The version as SemVer 2.0.0; null when it is not SemVer.</summary>
    public IVersion? SemVer { get; }

    public static VersionQuery Create(string text, IVersionScheme? scheme)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A failed parse leaves null: the ranges that needed it answer Unknown, naming the text.
        IVersion? ecosystem = null;
        var parsedEcosystem = scheme is not null && scheme.TryParse(text, out ecosystem);
        var semVer = VersionSchemes.SemVer.TryParse(text, out var parsedSemVer) ? parsedSemVer : null;
        return new VersionQuery(text, scheme, parsedEcosystem ? ecosystem : null, semVer);
    }
}
