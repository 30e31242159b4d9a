using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Sightline.Analysis.CSharp;

/// <summary>
/// The assemblies of a project's PackageReferences found in a local NuGet package folder
/// (&lt;id lower&gt;/&lt;version&gt;/lib/&lt;best framework&gt;/*.dll). Packages that are not there are simply
/// not referenced: their calls then resolve syntactically.
/// </summary>
internal static class PackageAssemblies
{
    public static IReadOnlyList<MetadataReference> For(ProjectFile project, string? packageFolder)
    {
        if (packageFolder is null || !Directory.Exists(packageFolder))
        {
            return [];
        }

        var references = new List<MetadataReference>();
        foreach (var (id, version) in project.Packages)
        {
            var versionFolder = VersionFolder(Path.Combine(packageFolder, id.ToLowerInvariant()), version);
            var lib = versionFolder is null ? null : BestFramework(Path.Combine(versionFolder, "lib"));
            if (lib is null)
            {
                continue;
            }

            foreach (var dll in Directory.EnumerateFiles(lib, "*.dll").Order(StringComparer.Ordinal))
            {
                if (RuntimeAssemblies.FromFile(dll) is { } reference)
                {
                    references.Add(reference);
                }
            }
        }

        return references;
    }

    private static string? VersionFolder(string packageRoot, string version)
    {
        if (!Directory.Exists(packageRoot))
        {
            return null;
        }

        // "[1.2.3]" pins exactly; "1.2.*" floats: the highest folder with that prefix.
        var wanted = version.Trim().Trim('[', ']', '(', ')').Split(',')[0].Trim().ToLowerInvariant();
        var exact = Path.Combine(packageRoot, wanted);
        if (wanted.Length > 0 && !wanted.Contains('*', StringComparison.Ordinal) && Directory.Exists(exact))
        {
            return exact;
        }

        var prefix = wanted.TrimEnd('*');
        return Directory.EnumerateDirectories(packageRoot)
            .Where(d => Path.GetFileName(d).StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(d => System.Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0))
            .LastOrDefault();
    }

    private static string? BestFramework(string lib)
    {
        if (!Directory.Exists(lib))
        {
            return null;
        }

        return Directory.EnumerateDirectories(lib)
            .Select(d => (Folder: d, Rank: Rank(Path.GetFileName(d).ToLowerInvariant())))
            .Where(x => x.Rank > 0)
            .OrderByDescending(x => x.Rank)
            .Select(x => x.Folder)
            .FirstOrDefault();
    }

    /// <summary>Higher is better for a .NET 10 process: net10.0 … net5.0, netcoreapp, netstandard, then .NET Framework.</summary>
    internal static int Rank(string tfm)
    {
        var platform = tfm.Contains('-', StringComparison.Ordinal);
        var name = platform ? tfm[..tfm.IndexOf('-', StringComparison.Ordinal)] : tfm;
        var rank = name switch
        {
            _ when name.StartsWith("netstandard", StringComparison.Ordinal) => 3000 + Number(name["netstandard".Length..]),
            _ when name.StartsWith("netcoreapp", StringComparison.Ordinal) => 4000 + Number(name["netcoreapp".Length..]),
            _ when name.StartsWith("net", StringComparison.Ordinal) && name.Contains('.', StringComparison.Ordinal) => Number(name[3..]) <= 100 ? 5000 + Number(name[3..]) : 0,
            _ when name.StartsWith("net", StringComparison.Ordinal) => 1000 + Number(name[3..]),
            _ => 0,
        };
        return platform && rank > 0 ? rank - 500 : rank;
    }

    // "8.0" → 80, "2.1" → 21, "472" → 472: comparable within one family.
    private static int Number(string version)
    {
        var parts = version.Split('.');
        var major = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var minor = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return parts.Length > 1 ? (major * 10) + minor : major;
    }
}
