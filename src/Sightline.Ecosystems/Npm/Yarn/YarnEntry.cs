namespace Sightline.Ecosystems.Npm.Yarn;

/// <summary>One yarn.lock block: the specs ("a@^1", "a@npm:^1.2") it satisfies and what they resolved to.</summary>
internal sealed class YarnEntry(long line)
{
    public long Line { get; } = line;

    public List<string> Specs { get; } = [];

    public string? Version { get; set; }

    /// <summary>v1: the "resolved" URL; berry: the "resolution" locator ("a@npm:1.2.3").</summary>
    public string? Resolved { get; set; }

    /// <summary>v1: "integrity"; berry: "checksum".</summary>
    public string? Integrity { get; set; }

    public List<YarnDependency> Dependencies { get; } = [];
}

internal readonly record struct YarnDependency(string Name, string Range, bool Optional);
