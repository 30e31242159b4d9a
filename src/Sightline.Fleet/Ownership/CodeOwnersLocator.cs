using Sightline.Core.Repositories;

namespace Sightline.Fleet.Ownership;

/// <summary>
/// Which CODEOWNERS file a repository's host would use, and so which flavor it follows. GitHub reads
/// .github/, the root, then docs/; GitLab the root, docs/, then .gitlab/; the first file found is used.
/// The flavor: a .github/ file is GitHub's (GitHub would pick it before any other); otherwise a
/// .gitlab/CODEOWNERS means a GitLab repository, whichever of its files GitLab picks; a root or docs/
/// file is GitLab's when it has a section header, or when the repository has a .gitlab-ci.yml and no
/// .github/ folder; else GitHub's.
/// </summary>
public static class CodeOwnersLocator
{
    public const string GitHubFolderFile = ".github/CODEOWNERS";
    public const string RootFile = "CODEOWNERS";
    public const string DocsFile = "docs/CODEOWNERS";
    public const string GitLabFolderFile = ".gitlab/CODEOWNERS";

    /// <summary>The CODEOWNERS file GitHub or GitLab would use in this repository, with its flavor, or null.</summary>
    public static (string Path, CodeOwnersFlavor Flavor)? Find(IRepositoryFiles repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.Exists(GitHubFolderFile))
        {
            return (GitHubFolderFile, CodeOwnersFlavor.GitHub);
        }

        var gitlabFolder = repository.Exists(GitLabFolderFile);
        foreach (var path in (string[])[RootFile, DocsFile])
        {
            if (repository.Exists(path))
            {
                var gitlab = gitlabFolder || HasSectionHeader(repository, path) || LooksGitLabHosted(repository);
                return (path, gitlab ? CodeOwnersFlavor.GitLab : CodeOwnersFlavor.GitHub);
            }
        }

        return gitlabFolder ? (GitLabFolderFile, CodeOwnersFlavor.GitLab) : null;
    }

    /// <summary>Whether some line of the file is a GitLab section header ("[Name]", "^[Name][2] @owner").</summary>
    internal static bool HasSectionHeader(IRepositoryFiles repository, string path)
    {
        try
        {
            using var reader = new StreamReader(repository.OpenRead(path));
            var lines = new BoundedLineReader(reader, CodeOwnersParser.MaxLineChars, CodeOwnersParser.MaxBytes);
            while (lines.TryRead(out var line))
            {
                if (line.Text is not null && IsSectionHeader(line.Text))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException)
        {
            return false;
        }
    }

    /// <summary>Strict: a name in brackets, an optional [count], then nothing but valid GitLab owners.</summary>
    internal static bool IsSectionHeader(string text)
    {
        var line = text.AsSpan().Trim();
        line = line.StartsWith('^') ? line[1..] : line;
        var close = line.IndexOf(']');
        if (!line.StartsWith('[') || close < 2 || line[1..close].IsWhiteSpace())
        {
            return false;
        }

        var rest = line[(close + 1)..];
        if (rest.StartsWith('['))
        {
            var end = rest.IndexOf(']');
            if (end < 0 || rest[1..end].ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            rest = rest[(end + 1)..];
        }

        return rest.IsEmpty
            || (char.IsWhiteSpace(rest[0]) && CodeOwnersParser.Tokenize(rest).All(t => OwnerSyntax.IsValid(t, CodeOwnersFlavor.GitLab)));
    }

    private static bool LooksGitLabHosted(IRepositoryFiles repository) =>
        repository.Exists(".gitlab-ci.yml") && !repository.Files.Any(f => f.StartsWith(".github/", StringComparison.Ordinal));
}
