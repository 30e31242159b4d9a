using Sightline.Ecosystems.Cargo.Toml;
using Tomlyn.Model;

namespace Sightline.Ecosystems.Cargo.Manifest;

/// <summary>Reads a Cargo.toml (small: Tomlyn's document model) into a <see cref="CargoManifest"/>.</summary>
internal static partial class CargoManifestReader
{
    public static CargoManifest Read(Stream stream) => FromTable(TomlInput.ReadTable(stream));

    public static CargoManifest FromTable(TomlTable document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var package = TomlValues.Table(document, "package", "Cargo.toml")
            ?? TomlValues.Table(document, "project", "Cargo.toml"); // the pre-2018 name of [package]
        string? name = null, version = null;
        var versionInherited = false;
        var licenseInherited = package is not null && package.TryGetValue("license", out var l) && TomlValues.IsWorkspaceInherited(l);
        if (package is not null)
        {
            name = TomlValues.String(package, "name", "[package]");
            if (package.TryGetValue("version", out var v))
            {
                versionInherited = TomlValues.IsWorkspaceInherited(v);
                version = versionInherited ? null : v as string ?? throw TomlValues.Wrong("version", "a string or { workspace = true }", v, "[package]");
            }
        }

        var dependencies = new List<CargoDeclaration>();
        ReadSections(document, null, dependencies);
        if (TomlValues.Table(document, "target", "Cargo.toml") is { } targets)
        {
            foreach (var (cfg, value) in targets)
            {
                if (value is TomlTable target)
                {
                    ReadSections(target, cfg, dependencies);
                }
            }
        }

        return new CargoManifest
        {
            Name = name,
            Version = version,
            VersionInherited = versionInherited,
            License = LicenseOf(package),
            LicenseInherited = licenseInherited,
            Workspace = ReadWorkspace(document),
            Dependencies = dependencies,
        };
    }

    /// <summary>
    /// `license` as a non-blank string. A licence of another type states nothing usable, but it is no reason
    /// to lose the file's dependencies: null, not an error. `license-file` alone names no expression.
    /// </summary>
    private static string? LicenseOf(TomlTable? package) =>
        package is not null && package.TryGetValue("license", out var value) && value is string text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static CargoWorkspace? ReadWorkspace(TomlTable document)
    {
        if (TomlValues.Table(document, "workspace", "Cargo.toml") is not { } workspace)
        {
            return null;
        }

        var shared = new Dictionary<string, CargoDeclaration>(StringComparer.Ordinal);
        if (TomlValues.Table(workspace, "dependencies", "[workspace]") is { } table)
        {
            foreach (var (key, value) in table)
            {
                shared[key] = Declaration(key, value, Core.Model.DependencyScope.Runtime, null, "[workspace.dependencies]");
            }
        }

        var package = TomlValues.Table(workspace, "package", "[workspace]");
        return new CargoWorkspace
        {
            Members = TomlValues.Strings(workspace, "members", "[workspace]"),
            Exclude = TomlValues.Strings(workspace, "exclude", "[workspace]"),
            DefaultMembers = TomlValues.Strings(workspace, "default-members", "[workspace]"),
            PackageVersion = package is null ? null : TomlValues.String(package, "version", "[workspace.package]"),
            PackageLicense = LicenseOf(package),
            Dependencies = shared,
        };
    }
}
