namespace Sightline.Engine.Remediation;

/// <summary>
/// How long each kind of action takes: defaults a team can override per kind and per repository
/// (sightline.yaml <c>plan.durations</c>, or the command line).
/// </summary>
public sealed class PlanDurations
{
    private readonly Dictionary<StepKind, TimeSpan> _defaults = new()
    {
        // A pull request with CI, a review and a merge.
        [StepKind.Bump] = TimeSpan.FromMinutes(30),
        [StepKind.Pin] = TimeSpan.FromMinutes(30),
        // Tag, build, test and publish to the internal registry.
        [StepKind.Release] = TimeSpan.FromMinutes(20),
        [StepKind.Deploy] = TimeSpan.FromMinutes(15),
    };

    private readonly Dictionary<(string Repository, StepKind Kind), TimeSpan> _perRepository = [];

    public TimeSpan For(StepKind kind, string repository) =>
        _perRepository.TryGetValue((repository, kind), out var specific) ? specific : _defaults[kind];

    public PlanDurations Set(StepKind kind, TimeSpan duration, string? repository = null)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "a duration cannot be negative");
        }

        if (repository is null)
        {
            _defaults[kind] = duration;
        }
        else
        {
            _perRepository[(repository, kind)] = duration;
        }

        return this;
    }

    /// <summary>"30m", "1h30m", "45s", "2h": the forms sightline.yaml and the command line take.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var rest = text.Trim();
        if (rest.Length == 0)
        {
            return false;
        }

        while (rest.Length > 0)
        {
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits == rest.Length || digits > 6)
            {
                return false;
            }

            var value = int.Parse(rest.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
            duration += rest[digits] switch
            {
                'h' => TimeSpan.FromHours(value),
                'm' => TimeSpan.FromMinutes(value),
                's' => TimeSpan.FromSeconds(value),
                _ => TimeSpan.MinValue,
            };
            if (duration < TimeSpan.Zero)
            {
                return false;
            }

            rest = rest[(digits + 1)..];
        }

        return true;
    }
}
