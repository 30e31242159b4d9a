namespace Sightline.Core.Findings;

/// <summary>
/// Who owns a finding and where the affected code runs: the owners of the file holding the call site
/// (or of the manifest), then the component's owner; the services built from the repository with the
/// environments they run in, production first.
/// </summary>
public sealed record FindingContext(IReadOnlyList<FindingOwner> Owners, IReadOnlyList<FindingService> Services)
{
    public static FindingContext Empty { get; } = new([], []);

    /// <summary>Some service built from the repository runs in a production environment.</summary>
    public bool InProduction => Services.Any(s => s.Environments.Any(e => e.Production));

    /// <summary>The team asked to act: the first owner, or null when nobody owns it.</summary>
    public FindingOwner? Responsible => Owners.Count > 0 ? Owners[0] : null;
}

/// <summary>An owner as written (<c>@acme/team-payments</c>, <c>team-payments</c>, an email) with where it came from.</summary>
/// <param name="Team">The comparable key: the name without <c>@</c>, organisation, <c>group:</c> or namespace.</param>
/// <param name="Source">"CODEOWNERS .github/CODEOWNERS:3 (/src/ )", "catalog catalog-info.yaml (Component checkout-service)".</param>
public sealed record FindingOwner(string Name, string Team, string Source);

/// <summary>A service (deployable) built from the repository and where it runs.</summary>
public sealed record FindingService(string Name, IReadOnlyList<FindingEnvironment> Environments, string Source);

/// <summary>An environment a service runs in, with the evidence (the manifest that deploys it).</summary>
public sealed record FindingEnvironment(string Name, bool Production, string Source);
