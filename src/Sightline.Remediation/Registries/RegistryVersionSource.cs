using System.Globalization;
using Sightline.Core.Model;

namespace Sightline.Remediation.Registries;

/// <summary>
/// Versions from the public (or mirrored) registries, with an on-disk cache: a listing fetched within
/// cacheAge is served without a request; offline serves the cache whatever its age. A failed request
/// falls back to a stale cached listing when there is one. Never throws for a bad answer (only when the
/// caller cancels). One request per listing, no retries.
/// </summary>
public sealed partial class RegistryVersionSource : IVersionSource, IDisposable
{
    private readonly RegistryEndpoints _endpoints;
    private readonly VersionCache? _cache;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly TimeSpan _cacheAge;
    private readonly bool _offline;
    private readonly TimeProvider _time;

    public RegistryVersionSource(RegistryEndpoints endpoints, string? cacheFolder = null, HttpClient? http = null, TimeSpan? cacheAge = null, bool offline = false)
        : this(endpoints, cacheFolder, http, cacheAge, offline, TimeProvider.System)
    {
    }

    internal RegistryVersionSource(RegistryEndpoints endpoints, string? cacheFolder, HttpClient? http, TimeSpan? cacheAge, bool offline, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _endpoints = endpoints;
        _cache = string.IsNullOrWhiteSpace(cacheFolder) ? null : new VersionCache(cacheFolder, DefaultMaxResponseBytes);
        _ownsHttp = http is null;
        _http = http ?? CreateClient();
        _cacheAge = cacheAge ?? TimeSpan.FromHours(24);
        _offline = offline;
        _time = time;
    }

    /// <summary>Limit for one request, headers and body together.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest body read (after decompression); a larger one is refused. npm documents can be tens of MB.</summary>
    public long MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    private const long DefaultMaxResponseBytes = 50L * 1024 * 1024;

    public async Task<VersionListing> GetVersionsAsync(Ecosystem ecosystem, string package, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        var protocol = RegistryProtocol.For(ecosystem);
        if (protocol is null)
        {
            return new VersionListing([], "offline", $"no registry protocol for ecosystem {ecosystem}");
        }

        var key = PackageNames.Normalize(ecosystem, package);
        var cached = _cache?.Read(ecosystem, key);
        var now = _time.GetUtcNow();
        if (cached is not null && (_offline || now - cached.FetchedAt < _cacheAge))
        {
            return FromCache(cached, now, null);
        }

        if (_offline)
        {
            return new VersionListing([], "offline", _cache is null
                ? "offline, and no cache folder was given"
                : $"offline, and no cached versions of {package}");
        }

        var (versions, problem) = await FetchAsync(protocol, key, cancellationToken);
        if (versions is not null)
        {
            _cache?.Write(ecosystem, key, new CachedListing(versions, now, protocol.Name));
            return new VersionListing(versions, protocol.Name, null);
        }

        return cached is not null
            ? FromCache(cached, now, problem + "; served the cached versions")
            : new VersionListing([], protocol.Name, problem);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private VersionListing FromCache(CachedListing cached, DateTimeOffset now, string? problem)
    {
        var date = cached.FetchedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stale = now - cached.FetchedAt >= _cacheAge ? ", stale" : string.Empty;
        return new VersionListing(cached.Versions, $"cache ({date}{stale})", problem);
    }
}
