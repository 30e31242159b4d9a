using Sightline.Core.Model;

namespace Sightline.Ecosystems.Sbom;

/// <summary>
/// What both formats reduce to before graphs are built: the subject, the components in document order and
/// the dependency relations by reference. Keeping the formats apart until here lets one builder apply the
/// same rules (per-ecosystem graphs, unresolved components, orphans under the root) to both.
/// </summary>
internal sealed class SbomDocument(string kind, bool statesScopes)
{
    /// <summary>"CycloneDX 1.6", "SPDX 2.3".</summary>
    public string Kind { get; } = kind;

    /// <summary>
    /// CycloneDX states each component's scope; SPDX only states it on relations, so its scopes are
    /// propagated from the root instead.
    /// </summary>
    public bool StatesScopes { get; } = statesScopes;

    public SbomComponent? Subject { get; set; }

    public List<SbomComponent> Components { get; } = [];

    public List<SbomRelation> Relations { get; } = [];

    /// <summary>Problems that cost a part of the document, not all of it (duplicate refs, dangling refs).</summary>
    public List<string> Warnings { get; } = [];
}

/// <summary>One CycloneDX component or SPDX package, as the document states it.</summary>
internal sealed record SbomComponent(string? Ref, string Name, string? Version, string? Purl)
{
    public DependencyScope Scope { get; init; }

    /// <summary>The strongest hash, as "sha512:&lt;hex&gt;".</summary>
    public string? Integrity { get; init; }

    /// <summary>Where the artefact was downloaded from, when the SBOM says.</summary>
    public string? Resolved { get; init; }

    /// <summary>The licence the SBOM declares for it, as one text (see <see cref="SbomLicenses"/>).</summary>
    public string? License { get; init; }
}

/// <summary>Parent depends on child, by reference, with the scope the relation states.</summary>
internal sealed record SbomRelation(string From, string To, DependencyScope Scope);
