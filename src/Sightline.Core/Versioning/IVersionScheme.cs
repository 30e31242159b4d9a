using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;

namespace Sightline.Core.Versioning;

/// <summary>One ecosystem's version syntax and ordering, exactly as that ecosystem defines them.</summary>
public interface IVersionScheme
{
    /// <summary>The ecosystem this scheme orders; null for generic schemes (OSV's SEMVER range type).</summary>
    Ecosystem? Ecosystem { get; }

    /// <summary>Parses a version; false when the text is not a valid version of this scheme.</summary>
    bool TryParse(string text, [NotNullWhen(true)] out IVersion? version);
}

/// <summary>A parsed version. Only versions of the same scheme are compared.</summary>
public interface IVersion : IComparable<IVersion>
{
    /// <summary>The text it was parsed from.</summary>
    string Text { get; }

    /// <summary>True for pre-releases (npm "1.0.0-rc.1", PEP 440 "1.0a1", Maven "1.0-beta9", ...).</summary>
    bool IsPrerelease { get; }
}
