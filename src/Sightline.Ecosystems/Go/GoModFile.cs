namespace Sightline.Ecosystems.Go;

/// <summary>What a go.mod or go.work says, as written. go.work files fill <see cref="Uses"/> only.</summary>
internal sealed class GoModFile
{
    /// <summary>The module path of the `module` directive; null when there is none (a go.work).</summary>
    public string? Module { get; set; }

    /// <summary>The "Deprecated:" paragraph of the module directive's comments.</summary>
    public string? Deprecated { get; set; }

    /// <summary>The `go` directive ("1.22.5"); null when absent (the go command then assumes 1.16).</summary>
    public string? Go { get; set; }

    public string? Toolchain { get; set; }

    public List<string> Godebug { get; } = [];

    public List<GoRequire> Requires { get; } = [];

    public List<GoReplace> Replaces { get; } = [];

    public List<GoModuleVersion> Excludes { get; } = [];

    public List<GoRetract> Retracts { get; } = [];

    /// <summary>`tool` package paths (Go 1.24); their modules are required like any other.</summary>
    public List<string> Tools { get; } = [];

    /// <summary>`use` folders of a go.work, relative to it.</summary>
    public List<GoUse> Uses { get; } = [];
}

internal sealed record GoRequire(string Path, string Version, bool Indirect, int Line);

internal sealed record GoModuleVersion(string Path, string Version);

/// <summary>
/// `old [version] => new [version]`. A replacement without a version is a local folder (it starts with
/// "./", "../", "/" or a drive letter); with one it is another module.
/// </summary>
internal sealed record GoReplace(string OldPath, string? OldVersion, string NewPath, string? NewVersion, int Line)
{
    public bool IsLocal => NewVersion is null;
}

/// <summary>A retracted version, or interval [Low, High]; Rationale is the trailing comment.</summary>
internal sealed record GoRetract(string Low, string High, string? Rationale);

internal sealed record GoUse(string Path, int Line);
