using Sightline.Core.Model;

namespace Sightline.Remediation.Registries;

/// <summary>The versions a source knows for one package.</summary>
/// <param name="Source">Where they came from: "npm registry", "cache (2026-11-24)", "offline".</param>
/// <param name="Problem">Why the list is empty or old (not found, HTTP error, timeout); null when all went well.</param>
public sealed record VersionListing(IReadOnlyList<string> Versions, string Source, string? Problem);

/// <summary>Versions known to exist for a package. Implementations never throw for a bad answer: they report a Problem.</summary>
public interface IVersionSource
{
    Task<VersionListing> GetVersionsAsync(Ecosystem ecosystem, string package, CancellationToken cancellationToken = default);
}

/// <summary>No registry at all: plans then use the fleet's versions and the advisories' fixed versions only.</summary>
public sealed class NoVersionSource : IVersionSource
{
    private static readonly VersionListing Empty = new([], "offline", null);

    public Task<VersionListing> GetVersionsAsync(Ecosystem ecosystem, string package, CancellationToken cancellationToken = default) =>
        Task.FromResult(Empty);
}
