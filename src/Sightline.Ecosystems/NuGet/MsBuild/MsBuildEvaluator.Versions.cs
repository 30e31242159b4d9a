namespace Sightline.Ecosystems.NuGet.MsBuild;

internal static partial class MsBuildEvaluator
{
    /// <summary>Asset kinds that put a package's code into the build output; without them it is a build-time tool.</summary>
    private static readonly HashSet<string> RuntimeAssets = new(StringComparer.OrdinalIgnoreCase) { "all", "compile", "runtime", "native", "contentfiles" };

    /// <summary>Gives each reference its version: VersionOverride, then Version, then the central PackageVersion.</summary>
    private static List<DeclaredPackage> Resolve(ItemSet items, bool cpm)
    {
        var declared = new List<DeclaredPackage>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in items.References)
        {
            // NuGet ignores a duplicate PackageReference (warning NU1504) and keeps the first.
            if (seen.Add(reference.Id))
            {
                declared.Add(Declare(reference, items, cpm, global: false));
            }
        }

        if (cpm)
        {
            foreach (var global in items.Globals)
            {
                if (seen.Add(global.Id))
                {
                    declared.Add(Declare(global, items, cpm, global: true));
                }
            }
        }

        return declared;
    }

    private static DeclaredPackage Declare(RefItem reference, ItemSet items, bool cpm, bool global)
    {
        var metadata = reference.Metadata;
        string? requirement;
        string? problem = null;
        if (cpm && Value(metadata, "VersionOverride") is { } versionOverride)
        {
            requirement = versionOverride;
        }
        else if (Value(metadata, "Version") is { } version)
        {
            requirement = version;
        }
        else if (cpm && items.Versions.TryGetValue(reference.Id, out var central) && Value(central.Metadata, "Version") is { } centralVersion)
        {
            requirement = centralVersion;
        }
        else
        {
            requirement = null;
            problem = cpm
                ? $"no PackageVersion for {reference.Id} in Directory.Packages.props (central package management is on)"
                : $"no version given for {reference.Id} and central package management is off";
        }

        string? resolved = null;
        if (requirement is not null)
        {
            if (requirement.Contains("$(", StringComparison.Ordinal))
            {
                problem = $"version '{requirement}' is not known: " + MsBuildExpander.Explain(requirement);
            }
            else if (NuGetVersions.TryExact(requirement, out var exact, out var reason))
            {
                resolved = exact;
            }
            else
            {
                problem = reason;
            }
        }

        var dev = global || HasAll(metadata, "PrivateAssets") || IsTrueValue(metadata, "DevelopmentDependency") || IsToolOnly(metadata);
        return new DeclaredPackage(reference.Id, requirement, resolved, problem, dev, global, reference.File, reference.Line);
    }

    /// <summary>IncludeAssets naming only build-time assets (analyzers, build): an analyzer or build tool.</summary>
    private static bool IsToolOnly(Dictionary<string, string> metadata)
    {
        if (Value(metadata, "IncludeAssets") is not { } include)
        {
            return false;
        }

        var assets = Split(include).ToList();
        return assets.Count > 0 && !assets.Any(RuntimeAssets.Contains);
    }

    private static string? Value(Dictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    private static bool IsTrueValue(Dictionary<string, string> metadata, string key) =>
        Value(metadata, key)?.Equals("true", StringComparison.OrdinalIgnoreCase) == true;
}
