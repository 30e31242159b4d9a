using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.Poetry;

/// <summary>
/// poetry.lock v1 (lock-version 1.x: hashes under [metadata.files], category main/dev) and v2 (lock-version 2.x:
/// files per package, groups and markers in 2.1). Dependencies are tables name → "constraint" or {version,
/// markers, optional, extras} or a list of those; optional ones belong to the extras that name them.
/// </summary>
internal static class PoetryLockParser
{
    public static (List<LockedPackage> Packages, string LockVersion) Parse(Stream stream)
    {
        var document = TomlReading.Load(stream);
        var metadata = TomlReading.Table(document, "metadata");
        var lockVersion = (metadata is null ? null : TomlReading.String(metadata, "lock-version")) ?? "1.0";
        var v1Files = metadata is null ? null : TomlReading.Table(metadata, "files");
        var packages = new List<LockedPackage>();
        foreach (var entry in TomlReading.Tables(document, "package"))
        {
            var name = TomlReading.String(entry, "name") ?? throw TomlReading.Wrong("package.name", "a string");
            var package = new LockedPackage(name, TomlReading.String(entry, "version"))
            {
                Scope = ScopeOf(entry),
            };
            ReadSource(entry, package);
            package.Integrity ??= FirstHash(TomlReading.Tables(entry, "files"))
                ?? (v1Files is not null && v1Files.TryGetValue(name, out var files) && files is TomlArray array ? FirstHash(array.OfType<TomlTable>()) : null);
            ReadDependencies(entry, package);
            packages.Add(package);
        }

        return (packages, lockVersion);
    }

    /// <summary>v1 "category" (main/dev); v2.1 "groups" (main, or group names); the strongest wins.</summary>
    private static DependencyScope? ScopeOf(TomlTable entry)
    {
        DependencyScope? scope = null;
        if (TomlReading.String(entry, "category") is { } category)
        {
            scope = PyPIScopes.ForGroup(category);
        }

        foreach (var group in TomlReading.Strings(entry, "groups"))
        {
            var groupScope = PyPIScopes.ForGroup(group);
            scope = scope is { } s ? DependencyScopes.Strongest(s, groupScope) : groupScope;
        }

        // A main package marked optional is only installed through an extra of the project.
        return scope == DependencyScope.Runtime && TomlReading.Bool(entry, "optional") ? DependencyScope.Optional : scope;
    }

    private static void ReadSource(TomlTable entry, LockedPackage package)
    {
        if (TomlReading.Table(entry, "source") is not { } source)
        {
            return;
        }

        var type = TomlReading.String(source, "type");
        var url = TomlReading.String(source, "url");
        switch (type)
        {
            case "git":
                package.Source = PackageSource.Git;
                var commit = TomlReading.String(source, "resolved_reference") ?? TomlReading.String(source, "reference");
                package.Resolved = commit is null ? url : url + "@" + commit;
                break;
            case "directory" or "file":
                package.Source = PackageSource.Local;
                package.Resolved = url;
                break;
            case "url":
                package.Source = PackageSource.Url;
                package.Resolved = url;
                break;
            default:
                // "legacy" is a secondary package index: still a registry.
                package.Resolved = url;
                break;
        }
    }

    private static void ReadDependencies(TomlTable entry, LockedPackage package)
    {
        var optionalByExtra = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (TomlReading.Table(entry, "extras") is { } extras)
        {
            foreach (var (extra, value) in extras)
            {
                var names = value is TomlArray list ? list.OfType<string>().Select(Pep508.Parse).OfType<Pep508Requirement>() : [];
                optionalByExtra[extra] = [.. names.Select(r => PackageNames.Normalize(Ecosystem.PyPI, r.Name))];
            }
        }

        if (TomlReading.Table(entry, "dependencies") is not { } dependencies)
        {
            return;
        }

        foreach (var (name, value) in dependencies)
        {
            var specs = value is TomlArray alternatives ? alternatives.Cast<object?>() : [value];
            foreach (var spec in specs)
            {
                var declaration = PyProject.PyProjectParser.PoetryDeclaration(name, spec, DependencyScope.Runtime);
                if (spec is TomlTable table && TomlReading.Bool(table, "optional"))
                {
                    var owners = optionalByExtra.Where(e => e.Value.Contains(declaration.NormalizedName)).Select(e => e.Key).ToList();
                    foreach (var extra in owners.Count == 0 ? [string.Empty] : owners)
                    {
                        package.AddExtraDependency(extra, declaration);
                    }
                }
                else
                {
                    package.Dependencies.Add(declaration);
                }
            }
        }
    }

    /// <summary>The source distribution's hash when there is one (as uv.lock's sdist), else the first file's.</summary>
    private static string? FirstHash(IEnumerable<TomlTable> files)
    {
        string? first = null;
        foreach (var file in files)
        {
            var hash = TomlReading.String(file, "hash");
            if (string.IsNullOrEmpty(hash))
            {
                continue;
            }

            var fileName = TomlReading.String(file, "file") ?? string.Empty;
            if (fileName.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return hash;
            }

            first ??= hash;
        }

        return first;
    }
}
