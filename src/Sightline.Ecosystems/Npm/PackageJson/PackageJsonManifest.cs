using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm.PackageJson;

/// <summary>One dependency as a package.json (or a lockfile's copy of it) declares it.</summary>
internal sealed record DeclaredDependency(string Name, string Requirement, DependencyScope Scope);

/// <summary>The parts of a package.json the extractor uses.</summary>
internal sealed class PackageJsonManifest
{
    /// <summary>
    /// Declaration order matters where a name appears twice: npm lets optionalDependencies override
    /// dependencies, and a runtime declaration outranks a dev or peer one of the same package.
    /// </summary>
    internal static readonly (string Property, DependencyScope Scope)[] Sections =
    [
        ("optionalDependencies", DependencyScope.Optional),
        ("dependencies", DependencyScope.Runtime),
        ("devDependencies", DependencyScope.Dev),
        ("peerDependencies", DependencyScope.Peer),
    ];

    public string? Name { get; init; }

    public string? Version { get; init; }

    /// <summary>"private": true — npm refuses to publish it, so it is never an internal package of the fleet.</summary>
    public bool Private { get; init; }

    /// <summary>The licence the manifest states ("license", or the legacy object/array forms), if any.</summary>
    public string? License { get; init; }

    public IReadOnlyList<DeclaredDependency> Dependencies { get; init; } = [];

    /// <summary>Workspace globs ("packages/*"), from the array or the { packages: [...] } form.</summary>
    public IReadOnlyList<string> Workspaces { get; init; } = [];

    /// <summary>yarn "resolutions" (pattern → range), applied when a lockfile descriptor was rewritten by one.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Resolutions { get; init; } = [];

    public static PackageJsonManifest Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, JsonLimits.Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException("package.json must be a JSON object", 1, 1);
        }

        return new PackageJsonManifest
        {
            Name = JsonLimits.OptionalString(root, "name"),
            Version = JsonLimits.OptionalString(root, "version"),
            Private = root.TryGetProperty("private", out var isPrivate) && isPrivate.ValueKind == JsonValueKind.True,
            License = NpmLicense.Read(root),
            Dependencies = ReadDeclarations(root),
            Workspaces = ReadWorkspaces(root),
            Resolutions = ReadResolutions(root),
        };
    }

    /// <summary>Reads the four dependency sections of a package.json-shaped object.</summary>
    public static List<DeclaredDependency> ReadDeclarations(JsonElement element)
    {
        var list = new List<DeclaredDependency>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (property, scope) in Sections)
        {
            if (!element.TryGetProperty(property, out var section) || section.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (section.ValueKind != JsonValueKind.Object)
            {
                throw new ManifestFormatException($"'{property}' must be an object, not {section.ValueKind}");
            }

            foreach (var dep in section.EnumerateObject())
            {
                if (seen.Add(dep.Name))
                {
                    list.Add(new DeclaredDependency(dep.Name, dep.Value.ValueKind == JsonValueKind.String ? dep.Value.GetString()! : string.Empty, scope));
                }
            }
        }

        return list;
    }

    private static List<KeyValuePair<string, string>> ReadResolutions(JsonElement root)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (root.TryGetProperty("resolutions", out var resolutions) && resolutions.ValueKind == JsonValueKind.Object)
        {
            foreach (var resolution in resolutions.EnumerateObject())
            {
                if (resolution.Value.ValueKind == JsonValueKind.String)
                {
                    result.Add(new(resolution.Name, resolution.Value.GetString()!));
                }
            }
        }

        return result;
    }

    private static List<string> ReadWorkspaces(JsonElement root)
    {
        var result = new List<string>();
        if (!root.TryGetProperty("workspaces", out var workspaces))
        {
            return result;
        }

        if (workspaces.ValueKind == JsonValueKind.Object && workspaces.TryGetProperty("packages", out var packages))
        {
            workspaces = packages;
        }

        if (workspaces.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in workspaces.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    result.Add(item.GetString()!);
                }
            }
        }

        return result;
    }
}
