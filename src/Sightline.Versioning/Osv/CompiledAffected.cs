using Sightline.Core.Advisories;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Osv;

/// <summary>
/// One <c>affected[]</c> entry prepared for matching: ranges parsed and sorted, <c>versions[]</c> hashed
/// and parsed. Build it once per entry; <see cref="Evaluate(VersionQuery)"/> then costs a few comparisons
/// and allocates nothing for the common NotAffected answer.
/// </summary>
public sealed class CompiledAffected
{
    private readonly HashSet<string> _versionTexts;
    private readonly IVersion[] _parsedVersions;
    private readonly CompiledRange[] _ranges;
    private readonly AffectedVerdict _notAffected;

    private CompiledAffected(AffectedPackage package, IVersionScheme? scheme)
    {
        Package = package;
        Scheme = scheme;
        _versionTexts = new HashSet<string>(package.Versions, StringComparer.Ordinal);
        var parsed = new List<IVersion>();
        foreach (var text in package.Versions)
        {
            // An entry the scheme cannot read still matches by exact text.
            if (scheme is not null && scheme.TryParse(text, out var version))
            {
                parsed.Add(version);
            }
        }

        _parsedVersions = [.. parsed];
        Array.Sort(_parsedVersions);
        _ranges = [.. package.Ranges
            .Where(r => r.Type is RangeType.Semver or RangeType.Ecosystem)
            .Select(r => CompiledRange.Compile(r, scheme, package.EcosystemName))];
        SkippedRanges = [.. package.Ranges.Where(r => r.Type is RangeType.Git or RangeType.Unknown)];
        _notAffected = new AffectedVerdict
        {
            Status = AffectedStatus.NotAffected,
            Reason = "outside every range and not listed in versions",
            SkippedRanges = SkippedRanges,
        };
    }

    public AffectedPackage Package { get; }

    /// <summary>The ecosystem scheme used for ECOSYSTEM ranges and <c>versions[]</c>; null when unsupported.</summary>
    public IVersionScheme? Scheme { get; }

    /// <summary>GIT and unknown-type ranges: never evaluated, always reported.</summary>
    public IReadOnlyList<AffectedRange> SkippedRanges { get; }

    /// <param name="scheme">The package ecosystem's scheme; by default <see cref="VersionSchemes.For(Core.Model.Ecosystem?)"/>.</param>
    public static CompiledAffected Compile(AffectedPackage package, IVersionScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        return new CompiledAffected(package, scheme ?? VersionSchemes.For(package.Ecosystem));
    }

    public AffectedVerdict Evaluate(string version) => Evaluate(VersionQuery.Create(version, Scheme));

    public AffectedVerdict Evaluate(VersionQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ReferenceEquals(query.Scheme, Scheme) && Scheme is not null)
        {
            query = VersionQuery.Create(query.Text, Scheme);
        }

        var listed = FindListed(query);
        List<string>? unknown = null;
        foreach (var range in _ranges)
        {
            var version = range.UsesSemVer ? query.SemVer : query.Ecosystem;
            if (range.Error is not null || version is null)
            {
                (unknown ??= []).Add(range.Error ?? NotParsed(query.Text, range.UsesSemVer));
                continue;
            }

            if (range.Contains(version, out var fixedIn))
            {
                return new AffectedVerdict
                {
                    Status = AffectedStatus.Affected,
                    Reason = $"{query.Text} is in {range.Description}",
                    MatchedRange = range.Range,
                    MatchedVersion = listed,
                    FixedIn = fixedIn,
                    FixedVersions = range.FixedVersions,
                    SkippedRanges = SkippedRanges,
                };
            }
        }

        return listed is not null ? ListedVerdict(query.Text, listed)
            : unknown is not null ? UnknownVerdict(string.Join("; ", unknown))
            : Undecided(query) ?? _notAffected;
    }

    private string? FindListed(VersionQuery query)
    {
        if (_versionTexts.Contains(query.Text))
        {
            return query.Text;
        }

        // The scheme's equality: "v1.2.0" lists as "1.2.0" for Go; NuGet "1.0" is "1.0.0".
        if (query.Ecosystem is not null && _parsedVersions.Length > 0)
        {
            var index = Array.BinarySearch(_parsedVersions, query.Ecosystem);
            return index >= 0 ? _parsedVersions[index].Text : null;
        }

        return null;
    }

    /// <summary>Nothing matched and nothing failed: is there anything that actually decided NotAffected?</summary>
    private AffectedVerdict? Undecided(VersionQuery query)
    {
        if (_ranges.Length > 0)
        {
            return null;
        }

        if (Package.Versions.Count > 0)
        {
            // Only an explicit list: a query the scheme cannot read may still be a listed version spelled differently.
            return Scheme is not null && query.Ecosystem is null ? UnknownVerdict(NotParsed(query.Text, semVer: false)) : null;
        }

        return UnknownVerdict(SkippedRanges.Count > 0
            ? $"{string.Join(", ", SkippedRanges.Select(r => r.TypeName ?? r.Type.ToString().ToUpperInvariant()).Distinct())} range not evaluated"
            : "affected entry lists no ranges and no versions");
    }

    private string NotParsed(string text, bool semVer) =>
        $"version '{text}' is not a valid {(semVer ? "SemVer" : Package.EcosystemName)} version";

    private AffectedVerdict ListedVerdict(string text, string listed) => new()
    {
        Status = AffectedStatus.Affected,
        Reason = listed == text ? $"{text} is listed in versions" : $"{text} is listed in versions as {listed}",
        MatchedVersion = listed,
        FixedVersions = [.. _ranges.SelectMany(r => r.FixedVersions).Distinct(StringComparer.Ordinal)],
        SkippedRanges = SkippedRanges,
    };

    private AffectedVerdict UnknownVerdict(string reason) => new()
    {
        Status = AffectedStatus.Unknown,
        Reason = reason,
        SkippedRanges = SkippedRanges,
    };
}
