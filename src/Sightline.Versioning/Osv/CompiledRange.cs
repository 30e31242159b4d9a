using Sightline.Core.Advisories;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Osv;

/// <summary>
/// One SEMVER or ECOSYSTEM range with its events parsed and sorted once, so evaluating a version is a
/// handful of comparisons. A range that cannot be compiled keeps the reason, and every version gets Unknown.
/// </summary>
internal sealed class CompiledRange
{
    private readonly CompiledEvent[] _events;
    private readonly IVersion?[] _limits;

    private CompiledRange(AffectedRange range, bool semVer, string? error, CompiledEvent[] events, IVersion?[] limits)
    {
        Range = range;
        UsesSemVer = semVer;
        Error = error;
        _events = events;
        _limits = limits;
        FixedVersions = [.. events.Where(e => e.Kind == RangeEventKind.Fixed).Select(e => e.Text)];
        Description = $"{(semVer ? "SEMVER" : "ECOSYSTEM")} range [{string.Join(", ", range.Events.Select(e => $"{Name(e.Kind)} {e.Version}"))}]";
    }

    public AffectedRange Range { get; }

    /// <summary>SEMVER ranges compare with SemVer 2.0.0 whatever the ecosystem; ECOSYSTEM with its own scheme.</summary>
    public bool UsesSemVer { get; }

    /// <summary>Why the range cannot be evaluated (an unparsable event, no scheme); null when it can.</summary>
    public string? Error { get; }

    public string Description { get; }

    public IReadOnlyList<string> FixedVersions { get; }

    public static CompiledRange Compile(AffectedRange range, IVersionScheme? scheme, string ecosystemName)
    {
        var semVer = range.Type == RangeType.Semver;
        var schemeToUse = semVer ? VersionSchemes.SemVer : scheme;
        if (schemeToUse is null)
        {
            return Failed(range, semVer, $"no version ordering for ecosystem '{ecosystemName}'");
        }

        var events = new List<CompiledEvent>();
        var limits = new List<IVersion?>();
        foreach (var e in range.Events)
        {
            IVersion? version = null;
            var boundless = (e.Kind == RangeEventKind.Introduced && e.Version == "0")
                || (e.Kind == RangeEventKind.Limit && e.Version.Contains('*', StringComparison.Ordinal));
            if (!boundless && !schemeToUse.TryParse(e.Version, out version))
            {
                var kind = semVer ? "SemVer" : ecosystemName;
                return Failed(range, semVer, $"{Name(e.Kind)} event '{e.Version}' is not a valid {kind} version");
            }

            if (e.Kind == RangeEventKind.Limit)
            {
                limits.Add(version);
            }
            else
            {
                events.Add(new CompiledEvent(e.Kind, version, e.Version));
            }
        }

        if (!events.Exists(e => e.Kind == RangeEventKind.Introduced))
        {
            return Failed(range, semVer, "range has no introduced event");
        }

        return new CompiledRange(range, semVer, null, CompiledEvent.Sort(events), [.. limits]);
    }

    /// <summary>OSV's IncludedInRanges for one range (schema "Evaluation" pseudo-code), plus the next fix.</summary>
    public bool Contains(IVersion version, out string? fixedIn)
    {
        fixedIn = null;
        if (!BeforeLimits(version))
        {
            return false;
        }

        var vulnerable = false;
        foreach (var e in _events)
        {
            if (e.Kind == RangeEventKind.Introduced)
            {
                vulnerable |= e.Version is null || version.CompareTo(e.Version) >= 0;
            }
            else if (e.Kind == RangeEventKind.Fixed && version.CompareTo(e.Version) >= 0)
            {
                vulnerable = false;
            }
            else if (e.Kind == RangeEventKind.LastAffected && version.CompareTo(e.Version) > 0)
            {
                vulnerable = false;
            }
        }

        if (vulnerable)
        {
            foreach (var e in _events)
            {
                if (e.Kind == RangeEventKind.Fixed && version.CompareTo(e.Version) < 0)
                {
                    fixedIn = e.Text;
                    break;
                }
            }
        }

        return vulnerable;
    }

    /// <summary>No limit means an implicit "*"; otherwise the version must be below at least one limit.</summary>
    private bool BeforeLimits(IVersion version)
    {
        if (_limits.Length == 0)
        {
            return true;
        }

        foreach (var limit in _limits)
        {
            if (limit is null || version.CompareTo(limit) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static CompiledRange Failed(AffectedRange range, bool semVer, string error) => new(range, semVer, error, [], []);

    private static string Name(RangeEventKind kind) => kind switch
    {
        RangeEventKind.Introduced => "introduced",
        RangeEventKind.Fixed => "fixed",
        RangeEventKind.LastAffected => "last_affected",
        _ => "limit",
    };
}
