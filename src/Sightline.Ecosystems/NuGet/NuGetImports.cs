using System.Text.RegularExpressions;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.NuGet.MsBuild;

namespace Sightline.Ecosystems.NuGet;

/// <summary>
/// Finds the Directory.Build.props / Directory.Packages.props that apply to a project and follows Import
/// elements inside the repository, inlining what they import. Import conditions are not evaluated: an
/// import whose file exists is followed (the usual guard is Exists(...)).
/// </summary>
internal static partial class NuGetImports
{
    private const int MaxDepth = 16;

    /// <summary>The nearest file of that name at or above the folder, as MSBuild's implicit import finds it.</summary>
    public static string? Nearest(IRepositoryFiles repository, string directory, string fileName)
    {
        foreach (var folder in RepositoryPath.SelfAndAncestors(directory))
        {
            var candidate = folder.Length == 0 ? fileName : folder + "/" + fileName;
            if (repository.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The nodes of a file with its imports inlined, in evaluation order.</summary>
    public static List<MsBuildNode> Flatten(NuGetFiles files, string path, string projectPath) =>
        Flatten(files, path, projectPath, [], 0);

    private static List<MsBuildNode> Flatten(NuGetFiles files, string path, string projectPath, HashSet<string> stack, int depth)
    {
        var nodes = new List<MsBuildNode>();
        if (files.MsBuild(path) is not { } document || !stack.Add(path))
        {
            return nodes;
        }

        foreach (var node in document.Nodes)
        {
            if (node is not MsBuildImport import)
            {
                nodes.Add(node);
                continue;
            }

            if (import.Sdk is null && depth < MaxDepth
                && Resolve(files.Repository, import, projectPath) is { } target
                && !stack.Contains(target) && files.Repository.Exists(target))
            {
                nodes.AddRange(Flatten(files, target, projectPath, stack, depth + 1));
            }
        }

        stack.Remove(path);
        return nodes;
    }

    /// <summary>The repository path an Import names, or null when it cannot be known (SDK paths, wildcards, functions).</summary>
    internal static string? Resolve(IRepositoryFiles repository, MsBuildImport import, string projectPath)
    {
        string? Reserved(string name) => MsBuildEvaluator.Reserved(projectPath, import.File, name);
        var text = import.Project.Trim();
        var above = PathOfFileAbove().Match(text);
        if (above.Success)
        {
            var start = above.Groups["start"].Success && above.Groups["start"].Value.Trim().Length > 0
                ? MsBuildExpander.Expand(Unquote(above.Groups["start"].Value), Reserved)
                : "/" + RepositoryPath.Directory(import.File);
            return FindAbove(repository, start, Unquote(above.Groups["name"].Value), above.Groups["rest"].Value);
        }

        var directoryAbove = DirectoryNameOfFileAbove().Match(text);
        if (directoryAbove.Success)
        {
            var start = MsBuildExpander.Expand(Unquote(directoryAbove.Groups["start"].Value), Reserved);
            var found = FindAbove(repository, start, Unquote(directoryAbove.Groups["name"].Value), string.Empty);
            return found is null ? null : RepositoryPath.Combine(RepositoryPath.Directory(found), "./" + directoryAbove.Groups["rest"].Value);
        }

        var expanded = MsBuildExpander.Expand(text, Reserved);
        return expanded.Length == 0 || expanded.Contains("$(", StringComparison.Ordinal) || expanded.Contains('*', StringComparison.Ordinal)
            || expanded.Contains("@(", StringComparison.Ordinal) || expanded.Contains(':', StringComparison.Ordinal)
            ? null
            : RepositoryPath.Combine(RepositoryPath.Directory(import.File), expanded);
    }

    private static string? FindAbove(IRepositoryFiles repository, string start, string name, string rest)
    {
        if (start.Contains("$(", StringComparison.Ordinal) || name.Contains("$(", StringComparison.Ordinal) || rest.Trim().Length > 0)
        {
            return null;
        }

        var directory = RepositoryPath.Combine(string.Empty, start);
        return directory is null ? null : Nearest(repository, directory, name);
    }

    private static string Unquote(string text) => text.Trim().Trim('\'', '"').Trim();

    [GeneratedRegex(@"^\$\(\[MSBuild\]::GetPathOfFileAbove\(\s*(?<name>[^,()]+?)\s*(?:,\s*(?<start>[^()]*?(?:\$\([^()]*\))?[^()]*?)\s*)?\)\)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PathOfFileAbove();

    [GeneratedRegex(@"^\$\(\[MSBuild\]::GetDirectoryNameOfFileAbove\(\s*(?<start>[^,]+?)\s*,\s*(?<name>[^,()]+?)\s*\)\)[\\/]?(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectoryNameOfFileAbove();
}
