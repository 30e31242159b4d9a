using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>
/// One dependency a project declares (pyproject, Pipfile, requirements line) or a locked package requires:
/// the name as written, the range as written, and where it comes from when not from the registry.
/// </summary>
internal sealed record Declaration(string Name, string? Requirement, DependencyScope Scope = DependencyScope.Runtime)
{
    public IReadOnlyList<string> Extras { get; init; } = [];

    public string? Marker { get; init; }

    /// <summary>The exact version a lockfile names for this edge (uv, when one name has several locked versions).</summary>
    public string? Version { get; init; }

    public PackageSource Source { get; init; } = PackageSource.Registry;

    /// <summary>Git URL with revision, URL, or repository-relative path, for non-registry sources.</summary>
    public string? Resolved { get; init; }

    /// <summary>A hash given with the declaration (requirements --hash).</summary>
    public string? Integrity { get; init; }

    /// <summary>For a local path that is not in the repository: why it cannot be used.</summary>
    public string? Problem { get; init; }

    public string NormalizedName => PackageNames.Normalize(Ecosystem.PyPI, Name);

    public static Declaration FromPep508(Pep508Requirement requirement, DependencyScope scope) =>
        new(requirement.Name, requirement.Url ?? requirement.Specifier, scope)
        {
            Extras = requirement.Extras,
            Marker = requirement.Marker,
            Source = requirement.Url is null ? PackageSource.Registry : PyPISources.Classify(requirement.Url),
            Resolved = requirement.Url,
            Version = requirement.Url is null ? null : DistributionFiles.NameAndVersion(requirement.Url).Version,
        };
}
