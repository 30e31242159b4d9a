namespace Sightline.Ecosystems.RubyGems;

/// <summary>What a *.gemspec declares: the gem it builds and the gems it depends on.</summary>
internal sealed class Gemspec
{
    public string? Name { get; set; }

    /// <summary>A literal version, or one resolved from <see cref="VersionConstant"/>.</summary>
    public string? Version { get; set; }

    /// <summary>`Foo::VERSION` when the version is a constant defined in another file.</summary>
    public string? VersionConstant { get; set; }

    /// <summary>s.license / s.licenses as one expression (several are the user's choice: " OR "); null when computed.</summary>
    public string? License { get; set; }

    public List<GemspecDependency> Dependencies { get; } = [];

    /// <summary>Files the gemspec requires, relative to its folder ("lib/foo/version.rb").</summary>
    public List<string> Requires { get; } = [];
}

internal sealed record GemspecDependency(string Name, string? Requirement, bool Development, int Line);
