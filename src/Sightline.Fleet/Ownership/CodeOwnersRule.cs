namespace Sightline.Fleet.Ownership;

/// <summary>
/// One entry of a CODEOWNERS file. <see cref="Pattern"/> is as written (escapes kept; a GitLab exclusion
/// keeps its '!'). <see cref="Section"/> is null for GitHub and for GitLab's default section; a GitLab entry
/// without owners of its own carries its section's default owners.
/// </summary>
public sealed record CodeOwnersRule(int Line, string Pattern, IReadOnlyList<string> Owners, string? Section, bool OptionalSection)
{
    /// <summary>A GitLab "!pattern": matching paths need no owner from this section.</summary>
    public bool Exclusion { get; init; }
}
