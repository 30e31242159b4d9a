namespace Sightline.Fleet.Git;

/// <summary>The little Sightline asks of git, behind an interface so tests and other hosts can replace it.</summary>
public interface IGitClient
{
    /// <summary>The commit checked out and the branch (null when detached); null when the repository has no commit yet.</summary>
    GitHead? ReadHead(string repositoryPath);

    /// <summary>The commit a tag points to; null when there is no such tag (or no git).</summary>
    string? ResolveTag(string repositoryPath, string tag) => null;

    /// <summary>Writes the files of <paramref name="commit"/> into <paramref name="destination"/>; false when it cannot.</summary>
    bool Export(string repositoryPath, string commit, string destination) => false;

    /// <summary>Creates <paramref name="branch"/> at HEAD and checks it out; false when it exists or git refuses.</summary>
    bool CreateBranch(string repositoryPath, string branch) => false;

    /// <summary>Checks out an existing branch; false when git refuses.</summary>
    bool Checkout(string repositoryPath, string branch) => false;

    /// <summary>Stages the files and commits them; the new commit id, or null when git refuses.</summary>
    string? Commit(string repositoryPath, IReadOnlyList<string> files, string message) => null;

    /// <summary>Pushes a branch to a remote; false when there is no such remote or git refuses.</summary>
    bool Push(string repositoryPath, string remote, string branch) => false;
}

/// <param name="Commit">Full commit id.</param>
/// <param name="Branch">Current branch, null when detached.</param>
/// <param name="Dirty">True when the work tree differs from the commit (tracked or untracked changes).</param>
public sealed record GitHead(string Commit, string? Branch, bool Dirty);
