using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.Pdm;

/// <summary>
/// pdm.lock: [metadata] lock_version and groups; [[package]] name, version, groups, dependencies as PEP 508
/// strings, files [{file|url, hash}], and git/revision, path/editable or url sources. An entry with "extras" is
/// the same package installed with those extras (pdm locks one only when some requirement asks for it): its
/// dependencies join the package's own.
/// </summary>
internal static class PdmLockParser
{
    public static (List<LockedPackage> Packages, string LockVersion) Parse(Stream stream)
    {
        var document = TomlReading.Load(stream);
        var metadata = TomlReading.Table(document, "metadata");
        var lockVersion = (metadata is null ? null : TomlReading.String(metadata, "lock_version")) ?? "?";
        var packages = new List<LockedPackage>();
        var byKey = new Dictionary<(string, string?), LockedPackage>();
        foreach (var entry in TomlReading.Tables(document, "package"))
        {
            var name = TomlReading.String(entry, "name") ?? throw TomlReading.Wrong("package.name", "a string");
            var candidate = new LockedPackage(name, TomlReading.String(entry, "version"));
            if (!byKey.TryGetValue((candidate.NormalizedName, candidate.Version), out var package))
            {
                package = candidate;
                byKey[(package.NormalizedName, package.Version)] = package;
                packages.Add(package);
                ReadSource(entry, package);
            }

            foreach (var group in TomlReading.Strings(entry, "groups"))
            {
                var scope = PyPIScopes.ForGroup(group);
                package.Scope = package.Scope is { } s ? DependencyScopes.Strongest(s, scope) : scope;
            }

            foreach (var text in TomlReading.Strings(entry, "dependencies"))
            {
                var requirement = Pep508.Parse(text) ?? throw new ManifestFormatException($"package {name}: '{text}' is not a PEP 508 requirement");
                var dependency = Declaration.FromPep508(requirement, DependencyScope.Runtime) with { Version = requirement.PinnedVersion };
                // An extras entry requires its own base package ("coverage==7.4.0"): not an edge.
                if (dependency.NormalizedName != package.NormalizedName)
                {
                    package.Dependencies.Add(dependency);
                }
            }
        }

        return (packages, lockVersion);
    }

    private static void ReadSource(TomlTable entry, LockedPackage package)
    {
        package.Integrity = TomlReading.Tables(entry, "files").Select(f => TomlReading.String(f, "hash")).FirstOrDefault(h => h is not null);
        if (TomlReading.String(entry, "git") is { } git)
        {
            package.Source = PackageSource.Git;
            var revision = TomlReading.String(entry, "revision") ?? TomlReading.String(entry, "ref");
            package.Resolved = revision is null ? git : git + "@" + revision;
        }
        else if (TomlReading.String(entry, "path") is { } path)
        {
            package.Source = PackageSource.Local;
            package.Resolved = path;
        }
        else if (TomlReading.String(entry, "url") is { } url)
        {
            package.Source = PackageSource.Url;
            package.Resolved = url;
        }
    }
}
