namespace Sightline.Ecosystems.Composer;

/// <summary>One entry of composer.lock's packages or packages-dev.</summary>
internal sealed class ComposerPackage(string name, string version, bool dev)
{
    public string Name { get; } = name;

    /// <summary>As the lockfile writes it: "v5.4.1", "2.0.3", "dev-main", "6.4.x-dev".</summary>
    public string Version { get; } = version;

    /// <summary>Listed under packages-dev.</summary>
    public bool Dev { get; } = dev;

    public string? SourceType { get; init; }

    public string? SourceUrl { get; init; }

    public string? SourceReference { get; init; }

    public string? DistType { get; init; }

    public string? DistUrl { get; init; }

    public string? DistShasum { get; init; }

    /// <summary>The licence the lock states: one id, or "(A OR B)" for a choice.</summary>
    public string? License { get; init; }

    /// <summary>Packagist and Composer repositories set it; a package from a VCS repository has none.</summary>
    public bool FromRepository { get; init; }

    public List<(string Name, string Constraint)> Require { get; init; } = [];

    public List<(string Name, string Constraint)> Replace { get; init; } = [];

    public List<(string Name, string Constraint)> Provide { get; init; } = [];
}
