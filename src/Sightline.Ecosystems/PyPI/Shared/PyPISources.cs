using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>Classifies a direct reference (PEP 440 "name @ url", pip "-e url") by its scheme.</summary>
internal static class PyPISources
{
    public static PackageSource Classify(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.StartsWith("git+", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("hg+", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("svn+", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("bzr+", StringComparison.OrdinalIgnoreCase))
        {
            return PackageSource.Git;
        }

        if (reference.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith('.') || reference.StartsWith('/'))
        {
            return PackageSource.Local;
        }

        return reference.Contains("://", StringComparison.Ordinal) ? PackageSource.Url : PackageSource.Local;
    }
}
