using Sightline.Core.Model;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>What a Gemfile (or gems.rb) declares, as far as a line reader can tell without running Ruby.</summary>
internal sealed class Gemfile
{
    public List<GemDeclaration> Gems { get; } = [];

    /// <summary>`gemspec` directives: the project's own gems.</summary>
    public List<GemspecDirective> Gemspecs { get; } = [];

    /// <summary>Declarations the reader could not use (a gem name computed at run time), with their line.</summary>
    public List<(int Line, string Reason)> Skipped { get; } = [];

    /// <summary>The scope each declared gem gets from its groups; a gem declared twice keeps the strongest.</summary>
    public Dictionary<string, DependencyScope> Scopes()
    {
        var scopes = new Dictionary<string, DependencyScope>(StringComparer.Ordinal);
        foreach (var gem in Gems)
        {
            scopes[gem.Name] = scopes.TryGetValue(gem.Name, out var seen) ? DependencyScopes.Strongest(seen, gem.Scope) : gem.Scope;
        }

        return scopes;
    }
}

/// <summary>One `gem "name", "requirement", ...` line with the groups it ends up in.</summary>
internal sealed record GemDeclaration(string Name, string? Requirement, IReadOnlyList<string> Groups, DependencyScope Scope, string? Git, string? Path, int Line);

/// <summary>`gemspec [path: "x"] [name: "y"] [development_group: :z]`.</summary>
internal sealed record GemspecDirective(string Path, string? Name, string DevelopmentGroup, int Line);
