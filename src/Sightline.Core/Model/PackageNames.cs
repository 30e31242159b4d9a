using System.Text.RegularExpressions;

namespace Sightline.Core.Model;

/// <summary>Per-ecosystem name normalisation: two spellings of one package get one key.</summary>
public static partial class PackageNames
{
    public static string Normalize(Ecosystem ecosystem, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return ecosystem switch
        {
            // npm names are case-sensitive in the registry, but new names must be lower case and
            // OSV/GHSA records use the registry spelling: keep as is.
            Ecosystem.Npm => trimmed,
            Ecosystem.NuGet => trimmed.ToLowerInvariant(),
            // PEP 503: runs of -, _ and . become one -, lower case.
            Ecosystem.PyPI => Pep503Separators().Replace(trimmed, "-").ToLowerInvariant(),
            Ecosystem.Packagist => trimmed.ToLowerInvariant(),
            // crates.io treats - and _ as the same name.
            Ecosystem.Cargo => trimmed.Replace('_', '-').ToLowerInvariant(),
            _ => trimmed,
        };
    }

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Pep503Separators();
}
