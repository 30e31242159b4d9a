namespace Sightline.Core.Model;

/// <summary>Where a resolved package comes from.</summary>
public enum PackageSource
{
    Registry = 0,
    Git = 1,
    /// <summary>A local path: npm file:/link:, a workspace member, a NuGet project reference.</summary>
    Local = 2,
    /// <summary>A tarball or archive URL outside the registry.</summary>
    Url = 3,
}
