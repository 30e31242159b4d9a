using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.PyProject;
using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI.Requirements;

internal sealed partial class RequirementsParser
{
    /// <summary>
    /// A bare reference (URL, VCS URL, local path; "-e" or not). The name comes from "#egg=name", a wheel or sdist
    /// file name, or a local project's pyproject.toml; without one the reference is reported, not guessed.
    /// </summary>
    private Declaration? ReadReference(string path, string text, DependencyScope scope, out string? problem)
    {
        problem = null;
        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        var location = fragment < 0 ? text : text[..fragment];
        var egg = fragment < 0 ? null : Egg(text[(fragment + 1)..]);
        var source = PyPISources.Classify(location);
        var (fileName, fileVersion) = DistributionFiles.NameAndVersion(location);
        var name = egg?.Name ?? fileName;
        if (source == PackageSource.Local)
        {
            var local = location.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? location[5..].TrimStart('/') : location;
            name ??= LocalProjectName(path, local);
            var declaration = new Declaration(name ?? local, null, scope) { Source = PackageSource.Local, Version = fileVersion, Extras = egg?.Extras ?? [] };
            return WithLocalPath(path, declaration, local);
        }

        if (name is null)
        {
            problem = source == PackageSource.Git
                ? "VCS reference without #egg=name: the package name is unknown"
                : "URL without #egg=name or a wheel/sdist file name: the package name is unknown";
            return null;
        }

        return new Declaration(name, text, scope)
        {
            Source = source,
            Resolved = location,
            Version = fileVersion,
            Extras = egg?.Extras ?? [],
        };
    }

    private Declaration WithLocalPath(string path, Declaration declaration, string local)
    {
        var folder = RepositoryPath.Combine(RepositoryPath.Directory(path), local);
        if (folder is null || local.StartsWith('/'))
        {
            return declaration with { Requirement = local, Problem = $"{path}: local path {local} is outside the repository" };
        }

        return _files.HasPath(folder)
            ? declaration with { Requirement = local, Resolved = folder.Length == 0 ? "." : folder }
            : declaration with { Requirement = local, Problem = $"{path}: local path {local} is not in the repository" };
    }

    private string? LocalProjectName(string path, string local)
    {
        var folder = RepositoryPath.Combine(RepositoryPath.Directory(path), local);
        if (folder is null)
        {
            return null;
        }

        using var stream = _files.Open(folder.Length == 0 ? "pyproject.toml" : folder + "/pyproject.toml");
        try
        {
            return stream is null ? null : PyProjectParser.Parse(stream).Name;
        }
        catch (ManifestFormatException)
        {
            // The project's own pyproject.toml is reported by its own graph; here it only fails to name it.
            return null;
        }
    }

    /// <summary>"egg=name[extra]&amp;subdirectory=x" → the requirement named by egg.</summary>
    private static Pep508Requirement? Egg(string fragment)
    {
        foreach (var part in fragment.Split('&'))
        {
            if (part.StartsWith("egg=", StringComparison.Ordinal))
            {
                return Pep508.Parse(part[4..]);
            }
        }

        return null;
    }
}
