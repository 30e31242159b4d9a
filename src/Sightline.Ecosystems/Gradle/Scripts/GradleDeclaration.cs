namespace Sightline.Ecosystems.Gradle.Scripts;

internal enum DeclarationForm
{
    /// <summary>'group:artifact[:version[:classifier]][@ext]' in <see cref="GradleDeclaration.Notation"/>.</summary>
    String,

    /// <summary>group: 'g', name: 'a', version: 'v' (Groovy) or group = "g", ... (Kotlin).</summary>
    Map,

    /// <summary>project(':a:b'): the path in <see cref="GradleDeclaration.Notation"/>.</summary>
    Project,

    /// <summary>A dotted name in <see cref="GradleDeclaration.Notation"/>: libs.x, libs.bundles.x, projects.x, a property.</summary>
    Reference,

    /// <summary>Anything else (a call, a concatenation): reported, not evaluated.</summary>
    Expression,
}

/// <summary>One dependency declaration of a build script, as written (values are resolved later).</summary>
internal sealed record GradleDeclaration(string Configuration, DeclarationForm Form, GradleValue Notation, int Line)
{
    /// <summary>The projects the declaration is for (see <see cref="GradleFrame.Target"/>).</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>platform(...) or enforcedPlatform(...): a BOM whose versions apply to versionless declarations.</summary>
    public bool Platform { get; init; }

    public bool Buildscript { get; init; }

    /// <summary>Inside a test source set's dependencies block (Kotlin multiplatform commonTest { }).</summary>
    public bool TestContext { get; init; }

    public GradleValue? Group { get; init; }

    public GradleValue? Name { get; init; }

    public GradleValue? Version { get; init; }

    /// <summary>The script that declares it (an applied script, or the build file itself).</summary>
    public string File { get; init; } = string.Empty;
}

/// <summary>What one build script (or settings script) says, unevaluated.</summary>
internal sealed class GradleScript
{
    public GradleScript(string path) => Path = path;

    public string Path { get; }

    public List<GradleDeclaration> Declarations { get; } = [];

    /// <summary>ext / extra / val / def properties and gradle.ext entries; map literals as "map.key".</summary>
    public Dictionary<string, GradleValue> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>group = '...' per target.</summary>
    public Dictionary<string, GradleValue> Groups { get; } = new(StringComparer.Ordinal);

    /// <summary>version = '...' per target.</summary>
    public Dictionary<string, GradleValue> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>apply from: scripts, per target.</summary>
    public List<(string Target, GradleValue Path)> Applied { get; } = [];

    /// <summary>Plugin ids applied in plugins { } or with apply plugin:.</summary>
    public HashSet<string> Plugins { get; } = new(StringComparer.Ordinal);

    /// <summary>The project paths that have a project(':x') { } block here.</summary>
    public HashSet<string> ConfiguredProjects { get; } = new(StringComparer.Ordinal);

    public long BytesRead { get; set; }
}
