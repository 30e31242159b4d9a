namespace Sightline.Ecosystems.PyPI.Requirements;

/// <summary>What the requirements parser may see of the repository: included files and local project folders.</summary>
internal interface IRequirementsFiles
{
    /// <summary>Opens a repository-relative file; null when the repository has no such file.</summary>
    Stream? Open(string path);

    /// <summary>True when the repository holds a file at or below this repository-relative path.</summary>
    bool HasPath(string path);
}
