namespace Sightline.Fleet.Config;

/// <summary>
/// sightline.yaml's <c>sbom</c> section: who supplies the software the fleet builds. SBOM subjects and the
/// internal libraries the fleet publishes are named with this supplier (an NTIA minimum element Sightline cannot
/// otherwise know); third-party components keep what their lockfiles say.
/// </summary>
public sealed record SbomConfig(string? Supplier)
{
    public static SbomConfig Empty { get; } = new((string?)null);
}
