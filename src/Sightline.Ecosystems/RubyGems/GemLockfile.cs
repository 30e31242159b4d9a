namespace Sightline.Ecosystems.RubyGems;

/// <summary>What a Gemfile.lock says, section by section, before it becomes a graph.</summary>
internal sealed class GemLockfile
{
    public List<GemLockSource> Sources { get; } = [];

    public List<GemLockSpec> Specs { get; } = [];

    /// <summary>The DEPENDENCIES section: what the Gemfile (and its gemspec) declare.</summary>
    public List<GemLockDependency> Dependencies { get; } = [];

    public List<string> Platforms { get; } = [];

    /// <summary>CHECKSUMS entries by "name (version[-platform])", as "sha256:hex".</summary>
    public Dictionary<string, string> Checksums { get; } = new(StringComparer.Ordinal);

    public string? RubyVersion { get; set; }

    public string? BundledWith { get; set; }
}

/// <summary>A GEM, GIT, PATH or PLUGIN SOURCE section.</summary>
internal sealed class GemLockSource(string kind, int line)
{
    public string Kind { get; } = kind;

    public int Line { get; } = line;

    public string? Remote { get; set; }

    public string? Revision { get; set; }

    public string? Branch { get; set; }

    public string? Tag { get; set; }

    public string? Ref { get; set; }
}

/// <summary>One `name (version[-platform])` line under specs:, with its six-space dependencies.</summary>
internal sealed class GemLockSpec(GemLockSource source, string name, string version, string? platform, int line)
{
    public GemLockSource Source { get; } = source;

    public string Name { get; } = name;

    public string Version { get; } = version;

    /// <summary>Null for the platform-independent ("ruby") variant.</summary>
    public string? Platform { get; } = platform;

    public int Line { get; } = line;

    public List<GemLockDependency> Dependencies { get; } = [];

    /// <summary>The CHECKSUMS key of this variant.</summary>
    public string Key => Platform is null ? $"{Name} ({Version})" : $"{Name} ({Version}-{Platform})";
}

/// <summary>`name (requirement)`; <see cref="Pinned"/> is the `!` of a gem from a non-default source.</summary>
internal sealed record GemLockDependency(string Name, string? Requirement, bool Pinned, int Line);
