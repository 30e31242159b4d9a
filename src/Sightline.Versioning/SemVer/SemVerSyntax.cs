namespace Sightline.Versioning.SemVer;

/// <summary>What one ecosystem accepts beyond (or instead of) strict SemVer 2.0.0 text.</summary>
internal sealed record SemVerSyntax
{
    /// <summary>SemVer 2.0.0 as semver.org and crates.io write it.</summary>
    public static readonly SemVerSyntax Strict = new();

    /// <summary>One optional leading "v": OSV SEMVER ranges and Go module versions.</summary>
    public bool OptionalV { get; init; }

    /// <summary>
    /// node-semver's loose mode: surrounding whitespace, any run of "v", "=" and spaces before the
    /// number, leading zeros, and a pre-release without its "-" ("1.2.3beta").
    /// </summary>
    public bool NpmLoose { get; init; }

    /// <summary>The largest major/minor/patch; npm stops at JavaScript's MAX_SAFE_INTEGER.</summary>
    public ulong MaxNumber { get; init; } = ulong.MaxValue;

    /// <summary>Go allows no build metadata except "+incompatible".</summary>
    public bool OnlyIncompatibleBuild { get; init; }

    /// <summary>node-semver rejects anything longer than 256 characters before parsing.</summary>
    public int MaxLength { get; init; } = int.MaxValue;
}
