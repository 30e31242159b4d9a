using Sightline.Core.Model;
using Sightline.Ecosystems.Gradle.Catalog;

namespace Sightline.Ecosystems.Gradle;

internal enum GradleDependencyKind
{
    /// <summary>An external module "group:artifact", with the declared version when there is one.</summary>
    Module,

    /// <summary>Another project of the same build.</summary>
    Project,

    /// <summary>Could not be read: <see cref="GradleDependency.Reason"/> says why.</summary>
    Unresolved,
}

/// <summary>A declaration evaluated for one project.</summary>
internal sealed record GradleDependency(GradleDependencyKind Kind, string Name, GradleVersion? Version, string Configuration, DependencyScope Scope)
{
    public bool Platform { get; init; }

    public string? Reason { get; init; }

    /// <summary>For <see cref="GradleDependencyKind.Project"/>: the project path (":a:b").</summary>
    public string? ProjectPath { get; init; }

    /// <summary>"implementation" or "implementation (platform)": the configuration as recorded on the node.</summary>
    public string Label => Platform ? Configuration + " (platform)" : Configuration;
}
