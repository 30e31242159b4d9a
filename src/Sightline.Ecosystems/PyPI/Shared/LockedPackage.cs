using Sightline.Core.Model;

namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>One package of a lockfile (poetry.lock, uv.lock, pdm.lock), in the terms all three share.</summary>
internal sealed class LockedPackage(string name, string? version)
{
    public string Name { get; } = name;

    public string? Version { get; } = version;

    public string NormalizedName { get; } = PackageNames.Normalize(Ecosystem.PyPI, name);

    public PackageSource Source { get; set; }

    public string? Resolved { get; set; }

    public string? Integrity { get; set; }

    /// <summary>The scope the lockfile itself states (Poetry category/groups, pdm groups), when it does.</summary>
    public DependencyScope? Scope { get; set; }

    /// <summary>Always-installed dependencies.</summary>
    public List<Declaration> Dependencies { get; } = [];

    /// <summary>Dependencies by extra (normalised extra name); "" holds optional ones no extra names.</summary>
    public Dictionary<string, List<Declaration>> Extras { get; } = new(StringComparer.Ordinal);

    public void AddExtraDependency(string extra, Declaration dependency)
    {
        var key = NormalizeExtra(extra);
        if (!Extras.TryGetValue(key, out var list))
        {
            list = [];
            Extras[key] = list;
        }

        list.Add(dependency);
    }

    public static string NormalizeExtra(string extra) => PackageNames.Normalize(Ecosystem.PyPI, extra);
}
