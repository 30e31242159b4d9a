using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;

namespace Sightline.Remediation.Patching;

/// <summary>Minimal, formatting-preserving edits to one kind of manifest.</summary>
public interface IManifestPatcher
{
    /// <summary>A stable id: "npm", "nuget-csproj", "maven", "gradle-catalog"...</summary>
    string Id { get; }

    /// <summary>The ecosystem whose manifests this patcher edits.</summary>
    Ecosystem Ecosystem { get; }

    /// <summary>Whether this patcher edits the file; <paramref name="path"/> is repository-relative, decided by file name.</summary>
    [SuppressMessage("Naming", "CA1716", Justification = "The contract's names; C# consumers only.")]
    bool Handles(string path);

    /// <summary>Applies <paramref name="request"/> to the manifest text.</summary>
    PatchResult Patch(string path, string text, PatchRequest request);

    /// <summary>Set a property / variable / catalog version the manifest defines; Unchanged when it is not defined here.</summary>
    [SuppressMessage("Naming", "CA1716", Justification = "The contract's names; C# consumers only.")]
    PatchResult PatchProperty(string path, string text, string property, string value);

    /// <summary>
    /// The ecosystem's command that refreshes the lockfile after this manifest changed, run in the manifest's
    /// folder, or null when there is no lockfile to refresh: e.g. ["npm", "install", "--package-lock-only", "--ignore-scripts"].
    /// </summary>
    IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles);
}
