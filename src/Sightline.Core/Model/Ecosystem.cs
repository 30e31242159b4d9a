namespace Sightline.Core.Model;

/// <summary>A package ecosystem, named as OSV names it.</summary>
public enum Ecosystem
{
    Npm,
    NuGet,
    Maven,
    Go,
    PyPI,
    Cargo,
    RubyGems,
    Packagist,
}

public static class EcosystemNames
{
    /// <summary>The OSV ecosystem name ("npm", "NuGet", "crates.io", ...).</summary>
    public static string OsvName(this Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.Npm => "npm",
        Ecosystem.NuGet => "NuGet",
        Ecosystem.Maven => "Maven",
        Ecosystem.Go => "Go",
        Ecosystem.PyPI => "PyPI",
        Ecosystem.Cargo => "crates.io",
        Ecosystem.RubyGems => "RubyGems",
        Ecosystem.Packagist => "Packagist",
        _ => throw new ArgumentOutOfRangeException(nameof(ecosystem)),
    };

    /// <summary>The purl type ("npm", "nuget", "cargo", "composer", ...).</summary>
    public static string PurlType(this Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.Npm => "npm",
        Ecosystem.NuGet => "nuget",
        Ecosystem.Maven => "maven",
        Ecosystem.Go => "golang",
        Ecosystem.PyPI => "pypi",
        Ecosystem.Cargo => "cargo",
        Ecosystem.RubyGems => "gem",
        Ecosystem.Packagist => "composer",
        _ => throw new ArgumentOutOfRangeException(nameof(ecosystem)),
    };

    /// <summary>Parses an OSV name, a purl type or the enum name, case-insensitively.</summary>
    public static bool TryParse(string? text, out Ecosystem ecosystem)
    {
        foreach (var candidate in Enum.GetValues<Ecosystem>())
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.OsvName(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.PurlType(), StringComparison.OrdinalIgnoreCase))
            {
                ecosystem = candidate;
                return true;
            }
        }

        ecosystem = default;
        return false;
    }
}
