namespace Sightline.Fleet.Ownership;

/// <summary>
/// One section's (GitLab) or the file's (GitHub) winning rule for a path; Owners may be empty (explicitly
/// unowned). For GitLab, <see cref="Rules"/> holds the winning rule of each section that matched, in file
/// order, and <see cref="Owners"/> the union of their owners, first occurrence first.
/// </summary>
public sealed record OwnershipMatch(string Path, IReadOnlyList<string> Owners, IReadOnlyList<CodeOwnersRule> Rules)
{
    /// <summary>True when some rule matched the path (even one with no owners).</summary>
    public bool Matched => Rules.Count > 0;
}
