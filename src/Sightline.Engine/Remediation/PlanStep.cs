using Sightline.Remediation.Scheduling;
using Sightline.Remediation.Targets;

namespace Sightline.Engine.Remediation;

public enum StepKind
{
    /// <summary>Raise a dependency the manifest declares (the package itself, or an internal library's new version).</summary>
    Bump,

    /// <summary>Force the transitive version from the consumer's manifest: an override to remove once the libraries release.</summary>
    Pin,

    /// <summary>Build and publish a new version of an internal library.</summary>
    Release,

    /// <summary>Deploy a service built from the repository.</summary>
    Deploy,
}

/// <summary>One action of a plan, with what it waits for.</summary>
public sealed record PlanStep(string Id, StepKind Kind, string Repository, string? Manifest, string Ecosystem, string Package, string? From, string? To,
    string Description, TimeSpan Duration, IReadOnlyList<string> After)
{
    /// <summary>A production deploy: when it is done, that part of production is safe.</summary>
    public bool ProductionSafe { get; init; }

    /// <summary>Not needed for safety now: the library releases that let a later change remove an override.</summary>
    public bool FollowUp { get; init; }

    public string? Service { get; init; }

    public IReadOnlyList<string> Environments { get; init; } = [];
}

/// <summary>A way to fix it: releasing through the internal libraries, or overriding in the consumers first.</summary>
public sealed record PlanStrategy(string Name, string Summary, IReadOnlyList<PlanStep> Steps, Schedule Schedule);

/// <summary>The plan for one advisory: the fix targets, the strategies with their schedules, and what could not be planned.</summary>
public sealed record RemediationPlan(string AdvisoryId, IReadOnlyList<FixTarget> Targets, PlanStrategy Releases, PlanStrategy? Overrides, IReadOnlyList<string> Problems)
{
    /// <summary>The number of CI jobs the fleet runs at once; null for unlimited.</summary>
    public int? CiLimit { get; init; }

    /// <summary>The strategy that makes production safe soonest (releases on a tie: nothing to undo later).</summary>
    public PlanStrategy Recommended => Overrides is { } o && o.Schedule.ProductionSafeAt < Releases.Schedule.ProductionSafeAt ? o : Releases;
}
