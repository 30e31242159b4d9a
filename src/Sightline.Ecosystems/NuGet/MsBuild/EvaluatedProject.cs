namespace Sightline.Ecosystems.NuGet.MsBuild;

/// <summary>What evaluation of a project (with its Directory.Build.props and Directory.Packages.props) declares.</summary>
internal sealed class EvaluatedProject
{
    public required string ProjectPath { get; init; }

    /// <summary>Final property values (outer build, no TargetFramework set for multi-targeting).</summary>
    public required IReadOnlyDictionary<string, string> Properties { get; init; }

    /// <summary>Target frameworks; empty when the project names none (a legacy project, or one we could not read).</summary>
    public required IReadOnlyList<string> TargetFrameworks { get; init; }

    public required bool CentralPackageManagement { get; init; }

    public required bool CentralTransitivePinning { get; init; }

    /// <summary>Package references per target framework ("" when there are none), in declaration order.</summary>
    public required IReadOnlyList<(string Framework, IReadOnlyList<DeclaredPackage> Packages)> Packages { get; init; }

    /// <summary>ProjectReference items (repository-relative paths as written, expanded).</summary>
    public required IReadOnlyList<DeclaredProject> Projects { get; init; }

    public string? Property(string name) =>
        Properties.TryGetValue(name, out var value) && value.Length > 0 && !value.Contains("$(", StringComparison.Ordinal) ? value : null;
}

/// <summary>
/// One PackageReference (or GlobalPackageReference) after evaluation. <see cref="Version"/> is set when the
/// declaration pins one version; otherwise <see cref="Problem"/> says why not.
/// </summary>
internal sealed record DeclaredPackage(
    string Id,
    string? Requirement,
    string? Version,
    string? Problem,
    bool Dev,
    bool Global,
    string File,
    int Line);

internal sealed record DeclaredProject(string Include, bool Dev, string File, int Line);
