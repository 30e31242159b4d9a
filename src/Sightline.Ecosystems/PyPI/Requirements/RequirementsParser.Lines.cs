using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI.Requirements;

internal sealed partial class RequirementsParser
{
    private static readonly string[] ReferenceStarts = ["git+", "hg+", "svn+", "bzr+", "http://", "https://", "file:", "./", "../", "/"];

    private void ReadRequirement(string path, RequirementsLine line, string text, DependencyScope scope, bool constraint, bool editable)
    {
        var (requirementText, hash) = SplitHashes(text);
        Declaration? declaration;
        string? problem = null;
        if (editable || ReferenceStarts.Any(s => requirementText.StartsWith(s, StringComparison.OrdinalIgnoreCase)) || requirementText == ".")
        {
            declaration = ReadReference(path, requirementText, scope, out problem);
        }
        else
        {
            // Outside a URL, pip's "#" needs whitespace before it; "name#" is still meant as a comment.
            var hashMark = requirementText.Contains("://", StringComparison.Ordinal) ? -1 : requirementText.IndexOf('#', StringComparison.Ordinal);
            var requirement = Pep508.Parse(hashMark < 0 ? requirementText : requirementText[..hashMark]);
            declaration = requirement is null ? null : Declaration.FromPep508(requirement, scope);
            if (declaration is { Source: PackageSource.Local, Resolved: { } local })
            {
                declaration = WithLocalPath(path, declaration, local.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? local[5..] : local);
            }

            problem = requirement is null ? "not a requirement pip can read" : null;
        }

        if (declaration is null)
        {
            Problems.Add(new UnresolvedDependency(requirementText, null, $"{path}:{line.Number}: {problem}", scope));
            return;
        }

        if (constraint)
        {
            if (Pep508.PinnedVersion(declaration.Requirement) is { } pin)
            {
                Constraints.TryAdd(declaration.NormalizedName, pin);
            }

            return;
        }

        Declarations.Add(hash is null ? declaration : declaration with { Integrity = hash });
    }

    /// <summary>Splits "req --hash=sha256:a --hash sha256:b" into the requirement and its first hash.</summary>
    private static (string Requirement, string? Hash) SplitHashes(string text)
    {
        var options = text.IndexOf(" --", StringComparison.Ordinal);
        var tab = text.IndexOf("\t--", StringComparison.Ordinal);
        if (tab >= 0 && (options < 0 || tab < options))
        {
            options = tab;
        }

        if (options < 0)
        {
            return (text, null);
        }

        var tokens = text[options..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        string? hash = null;
        for (var i = 0; i < tokens.Length && hash is null; i++)
        {
            if (tokens[i].StartsWith("--hash=", StringComparison.Ordinal))
            {
                hash = tokens[i][7..];
            }
            else if (tokens[i] == "--hash" && i + 1 < tokens.Length)
            {
                hash = tokens[i + 1];
            }
        }

        return (text[..options].Trim(), hash);
    }
}
