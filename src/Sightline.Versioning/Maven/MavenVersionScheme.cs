using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Maven;

/// <summary>
/// Maven's version ordering, org.apache.maven.artifact.versioning.ComparableVersion as of Maven 3.9
/// (the ordering OSV documents for the Maven ecosystem).
/// </summary>
public sealed class MavenVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.Maven;

    /// <summary>Every non-empty string is a Maven version; only null or empty text is rejected.</summary>
    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        if (string.IsNullOrEmpty(text))
        {
            version = null;
            return false;
        }

        version = new MavenVersion(text, MavenParser.Parse(text));
        return true;
    }
}
