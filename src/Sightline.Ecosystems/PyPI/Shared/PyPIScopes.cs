using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>Scopes from the names Python tools give to dependency groups and requirements files.</summary>
internal static class PyPIScopes
{
    private static readonly char[] Separators = ['-', '_', '.', ' '];

    /// <summary>
    /// A dependency group (Poetry group, PEP 735 group, uv/pdm dev group): "main"/"default" are runtime; a name
    /// with a word test/tests/testing ("test", "tests", "testing-extra", "docs-tests") is test; every other
    /// group is a development group.
    /// </summary>
    public static DependencyScope ForGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var lower = group.Trim().ToLowerInvariant();
        if (lower is "main" or "default")
        {
            return DependencyScope.Runtime;
        }

        return lower.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Any(IsTestWord) ? DependencyScope.Test : DependencyScope.Dev;
    }

    /// <summary>
    /// A requirements file by its name, without ".txt": a word test/tests/testing makes it test, a word
    /// dev/develop/development/docs/doc/lint/linting/typing makes it dev ("requirements-dev.txt",
    /// "dev-requirements.txt", "requirements/test.txt"); otherwise it says nothing (null).
    /// </summary>
    public static DependencyScope? ForRequirementsFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : fileName;
        var words = stem.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(IsTestWord))
        {
            return DependencyScope.Test;
        }

        return words.Any(w => w is "dev" or "develop" or "development" or "docs" or "doc" or "lint" or "linting" or "typing")
            ? DependencyScope.Dev
            : null;
    }

    private static bool IsTestWord(string word) => word is "test" or "tests" or "testing";
}
