namespace Sightline.Ecosystems.Gradle.Scripts;

internal enum FrameKind
{
    /// <summary>The script's top level, buildscript { }, allprojects { }, subprojects { }, project(':x') { }.</summary>
    Script,

    /// <summary>ext { } / extra: assignments are properties.</summary>
    Ext,

    /// <summary>dependencies { }: each statement is a declaration.</summary>
    Dependencies,

    /// <summary>Any other block: only nested dependencies { } and apply from are read.</summary>
    Other,

    /// <summary>constraints { }, a declaration's own closure: nothing inside is a dependency.</summary>
    Ignored,
}

/// <summary>
/// Where a statement sits. <see cref="Target"/> names the projects it configures: "" for the script's own
/// project, ":a:b" for a project(':a:b') { } block, <see cref="AllProjects"/> or <see cref="SubProjects"/>.
/// <see cref="TestContext"/> is set inside a block named after a test source set (commonTest, jvmTest).
/// </summary>
internal sealed record GradleFrame(FrameKind Kind, string Target, bool Buildscript = false, bool TestContext = false, string? Label = null)
{
    public const string AllProjects = "allprojects";
    public const string SubProjects = "subprojects";

    public static GradleFrame Root { get; } = new(FrameKind.Script, string.Empty);
}
