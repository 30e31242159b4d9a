using Sightline.Core.Model;
using Sightline.Ecosystems.Cargo.Toml;
using Tomlyn.Model;

namespace Sightline.Ecosystems.Cargo.Manifest;

internal static partial class CargoManifestReader
{
    /// <summary>Cargo still accepts the underscore spellings of the dev and build sections.</summary>
    private static readonly (string Section, bool Dev)[] Sections =
    [
        ("dependencies", false),
        ("dev-dependencies", true),
        ("dev_dependencies", true),
        ("build-dependencies", true),
        ("build_dependencies", true),
    ];

    private static void ReadSections(TomlTable owner, string? target, List<CargoDeclaration> into)
    {
        foreach (var (section, dev) in Sections)
        {
            var where = target is null ? $"[{section}]" : $"[target.'{target}'.{section}]";
            if (TomlValues.Table(owner, section, where) is not { } table)
            {
                continue;
            }

            foreach (var (key, value) in table)
            {
                // Build scripts and tests do not ship: both are Dev. Only [dependencies] can be optional.
                var optional = !dev && value is TomlTable spec && TomlValues.Flag(spec, "optional", where);
                var scope = dev ? DependencyScope.Dev : optional ? DependencyScope.Optional : DependencyScope.Runtime;
                into.Add(Declaration(key, value, scope, target, where));
            }
        }
    }

    /// <summary>A declaration: "1.2" or a table { version, path, git + branch/tag/rev, package, workspace }.</summary>
    private static CargoDeclaration Declaration(string key, object? value, DependencyScope scope, string? target, string where)
    {
        if (value is string requirement)
        {
            return new CargoDeclaration(key, key, requirement, scope, PackageSource.Registry, null, target);
        }

        if (value is not TomlTable spec)
        {
            throw TomlValues.Wrong(key, "a version string or a table", value, where);
        }

        var inherited = TomlValues.Flag(spec, "workspace", where);
        var package = TomlValues.String(spec, "package", where) ?? key;
        var version = TomlValues.String(spec, "version", where);
        var path = TomlValues.String(spec, "path", where);
        var git = TomlValues.String(spec, "git", where);
        var (source, location) = git is not null
            ? (PackageSource.Git, git + GitReference(spec, where))
            : path is not null ? (PackageSource.Local, path) : (PackageSource.Registry, (string?)null);
        return new CargoDeclaration(key, package, version, scope, source, location, target) { Inherited = inherited };
    }

    private static string GitReference(TomlTable spec, string where)
    {
        foreach (var kind in (string[])["rev", "tag", "branch"])
        {
            if (TomlValues.String(spec, kind, where) is { } value)
            {
                return $"?{kind}={value}";
            }
        }

        return string.Empty;
    }
}
