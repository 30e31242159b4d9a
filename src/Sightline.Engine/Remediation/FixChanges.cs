namespace Sightline.Engine.Remediation;

/// <summary>One manifest's edit for a plan: the text before and after, what changed, and the lockfile command.</summary>
public sealed record FileChange(string File, string Before, string After, IReadOnlyList<string> Changes, IReadOnlyList<string> Steps, IReadOnlyList<string>? LockfileCommand)
{
    public string Diff => Sightline.Remediation.Patching.UnifiedDiff.Create(File, Before, After);
}

/// <summary>Everything the plan changes now in one repository, and what it leaves for later or cannot do safely.</summary>
public sealed record RepositoryFix(string Repository, string Location, IReadOnlyList<FileChange> Files, IReadOnlyList<string> Later, IReadOnlyList<string> Refused)
{
    public IEnumerable<string> StepIds => Files.SelectMany(f => f.Steps).Distinct();
}

/// <summary>What applying did in one repository.</summary>
public sealed record FixOutcome(string Repository, FixStatus Status, string Detail, string? Branch = null, string? Commit = null, IReadOnlyList<string>? Notes = null)
{
    /// <summary>The branch the repository was on, which a pull request targets.</summary>
    public string? BaseBranch { get; init; }

    /// <summary>The pull or merge request, when one was opened (its page), or why not.</summary>
    public string? PullRequest { get; init; }
}

public enum FixStatus
{
    Committed,
    LeftAlone,
    NothingToDo,
    Failed,
}
