namespace Sightline.Ecosystems.Maven;

/// <summary>
/// Where the Maven extractor looks for POMs beyond the fleet. Indexing never needs the network: remote
/// repositories are used only when listed, and never when <see cref="Offline"/> is set.
/// </summary>
public sealed record MavenSettings
{
    /// <summary>Folders laid out like ~/.m2/repository, searched in order after the fleet.</summary>
    public IReadOnlyList<string> LocalRepositories { get; init; } = [];

    /// <summary>http(s) base URLs of remote repositories (Maven Central, a company mirror), searched last, in order.</summary>
    public IReadOnlyList<string> RemoteRepositories { get; init; } = [];

    /// <summary>Where fetched POMs and metadata are kept between runs; null keeps them in memory only.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Never contact a remote repository; the cache folder is still read.</summary>
    public bool Offline { get; init; }

    /// <summary>Per-request limit for a remote fetch.</summary>
    public TimeSpan RemoteTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A remote POM or metadata file larger than this is treated as absent.</summary>
    public long MaxRemoteFileBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>The defaults: ~/.m2/repository when it exists, no remote repository.</summary>
    public static MavenSettings Default()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var m2 = home.Length == 0 ? null : Path.Combine(home, ".m2", "repository");
        return new MavenSettings { LocalRepositories = m2 is not null && Directory.Exists(m2) ? [m2] : [] };
    }
}
