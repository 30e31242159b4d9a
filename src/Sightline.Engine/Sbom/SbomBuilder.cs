using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Sightline.Core.Model;
using Sightline.Engine.Context;
using Sightline.Reports.Sbom;
using Sightline.Store;

namespace Sightline.Engine.Sbom;

/// <summary>
/// Builds the bill of materials of a repository (every manifest's graph at the indexed revision) or of a
/// service (the repositories it is built from): one component per package and version, the strongest scope
/// any manifest gives it, the lockfile's checksum as hashes, and every edge of the graphs.
/// </summary>
public static partial class SbomBuilder
{
    /// <param name="supplier">Who supplies the subject and the fleet's own libraries; null: sightline.yaml's sbom.supplier.</param>
    public static SbomDocument ForRepository(SightlineStore store, FleetContext fleet, string repository, bool reproducible, DateTimeOffset? now = null,
        string? supplier = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(fleet);
        var stored = store.ListRepositories().FirstOrDefault(r => r.Name == repository)
            ?? throw new ArgumentException($"unknown repository '{repository}'", nameof(repository));
        var provenance = new Provenance(store, fleet, supplier);
        var collector = new Collector(provenance);
        collector.Add(store, stored.Name, prefix: null);
        var subject = new SbomSubject($"repository:{stored.Name}", stored.Name, ShortRevision(stored.Revision), SbomSubjectKind.Repository, stored.Revision, Url(fleet, stored.Name), [])
        {
            Licenses = collector.RootLicenses,
            Supplier = provenance.SupplierOf(stored.Name),
        };
        return collector.Build(subject, reproducible, now);
    }

    /// <param name="supplier">Who supplies the service and the fleet's own libraries; null: sightline.yaml's sbom.supplier.</param>
    public static SbomDocument ForService(SightlineStore store, FleetContext fleet, Service service, bool reproducible, DateTimeOffset? now = null,
        string? supplier = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(service);
        var provenance = new Provenance(store, fleet, supplier);
        var collector = new Collector(provenance);
        collector.Add(store, service.Repository, prefix: service.Repository);
        var revisions = store.ListRepositories().ToDictionary(r => r.Name, r => r.Revision, StringComparer.Ordinal);
        var revision = revisions.GetValueOrDefault(service.Repository);
        // Built from its own repository and from the repositories of the internal libraries it includes.
        string[] repositories = [service.Repository, .. provenance.Producers.Where(r => r != service.Repository)];
        var parts = repositories.ToDictionary(r => $"repository:{r}", r => new SbomPart(r, revisions.TryGetValue(r, out var at) ? ShortRevision(at) : null,
            revisions.GetValueOrDefault(r), Url(fleet, r)), StringComparer.Ordinal);
        var subject = new SbomSubject($"service:{service.Name}", service.Name, revision is null ? null : ShortRevision(revision), SbomSubjectKind.Service, revision,
            Url(fleet, service.Repository), [.. repositories.Select(r => $"repository:{r}")])
        {
            PartDetails = parts,
            Licenses = collector.RootLicenses,
            Supplier = provenance.SupplierOf(service.Repository),
        };
        return collector.Build(subject, reproducible, now);
    }

    private static string ShortRevision(string revision) =>
        revision.StartsWith("sha256:", StringComparison.Ordinal) ? revision[..Math.Min(19, revision.Length)] : revision[..Math.Min(12, revision.Length)];

    private static string? Url(FleetContext fleet, string repository) => fleet.HostSlugOf(repository) is { } slug ? $"https://github.com/{slug}" : null;

    /// <summary>When a document is made, to the second in UTC; the Unix epoch when it must be reproducible.</summary>
    internal static DateTimeOffset Timestamp(bool reproducible, DateTimeOffset? now)
    {
        var time = reproducible ? DateTimeOffset.UnixEpoch : (now ?? DateTimeOffset.UtcNow);
        return new DateTimeOffset(time.UtcDateTime.Ticks - (time.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    internal static SbomMetadata Metadata(string subject, IEnumerable<string> content, bool reproducible, DateTimeOffset? now)
    {
        var version = typeof(SbomBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        Guid serial;
        if (reproducible)
        {
            // The same content always gets the same serial: a name-based (version 5 style) UUID from its hash.
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subject + "\n" + string.Join("\n", content)));
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            serial = new Guid(hash.AsSpan(0, 16), bigEndian: true);
        }
        else
        {
            serial = Guid.NewGuid();
        }

        return new SbomMetadata("sightline", version, Timestamp(reproducible, now), $"urn:uuid:{serial}", $"https://sightline.invalid/spdx/{Uri.EscapeDataString(subject)}-{serial}");
    }
}
