using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.Uv;

/// <summary>
/// uv.lock (version = 1): [[package]] entries with a source table (registry, git, url, path, directory, editable,
/// virtual), dependencies [{name, version?, source?, extra?, marker?}], optional-dependencies (per extra) and
/// dev-dependencies (per group), sdist/wheel hashes. The package whose source is "." is the project itself.
/// </summary>
internal static partial class UvLockParser
{
    private static readonly string[] LocalKinds = ["editable", "virtual", "directory", "path"];

    public static UvLock Parse(Stream stream)
    {
        var document = TomlReading.Load(stream);
        var version = document.TryGetValue("version", out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        var lockfile = new UvLock { Version = version ?? "?" };
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        LockedPackage? root = null;
        if (TomlReading.Table(document, "manifest") is { } manifest)
        {
            foreach (var member in TomlReading.Strings(manifest, "members"))
            {
                memberNames.Add(PackageNames.Normalize(Ecosystem.PyPI, member));
            }
        }

        foreach (var entry in TomlReading.Tables(document, "package"))
        {
            var name = TomlReading.String(entry, "name") ?? throw TomlReading.Wrong("package.name", "a string");
            var package = new LockedPackage(name, TomlReading.String(entry, "version"));
            var localPath = ReadSource(entry, package);
            ReadDependencies(entry, package);
            var isRoot = localPath is "." or "" && lockfile.RootName is null;
            var isMember = localPath is not null && (isRoot || memberNames.Contains(package.NormalizedName));
            if (isMember)
            {
                lockfile.MemberFolders.Add(localPath!);
            }

            if (isRoot)
            {
                root = package;
                lockfile.RootName = name;
                lockfile.RootVersion = package.Version;
                lockfile.Declarations.AddRange(package.Dependencies);
                foreach (var (_, extraDependencies) in package.Extras)
                {
                    lockfile.Declarations.AddRange(extraDependencies.Select(d => d with { Scope = DependencyScope.Optional }));
                }
            }
            else
            {
                lockfile.Packages.Add(package);
                if (isMember)
                {
                    lockfile.Members.Add(package);
                }
            }

            if (isMember)
            {
                ReadDevGroups(entry, lockfile.Declarations);
            }
        }

        foreach (var member in lockfile.Members)
        {
            lockfile.Declarations.Add(new Declaration(member.Name, member.Resolved) { Version = member.Version });
        }

        if (root is not null)
        {
            ResolveSelfReferences(root, lockfile.Declarations);
        }

        return lockfile;
    }

    /// <summary>
    /// A group that installs the project with an extra ("flask[async]" in a dev group) names the root itself: the
    /// root is no locked package, so the reference becomes the extra's dependencies in the group's scope.
    /// </summary>
    private static void ResolveSelfReferences(LockedPackage root, List<Declaration> declarations)
    {
        var self = declarations.Where(d => d.NormalizedName == root.NormalizedName).ToList();
        declarations.RemoveAll(d => d.NormalizedName == root.NormalizedName);
        foreach (var reference in self)
        {
            foreach (var extra in reference.Extras)
            {
                if (root.Extras.TryGetValue(LockedPackage.NormalizeExtra(extra), out var dependencies))
                {
                    declarations.AddRange(dependencies.Select(d => d with { Scope = reference.Scope }));
                }
            }
        }
    }

    /// <summary>Sets source, resolved and integrity; returns the folder for local sources.</summary>
    private static string? ReadSource(TomlTable entry, LockedPackage package)
    {
        if (TomlReading.Table(entry, "sdist") is { } sdist)
        {
            package.Integrity = TomlReading.String(sdist, "hash");
        }

        package.Integrity ??= TomlReading.Tables(entry, "wheels").Select(w => TomlReading.String(w, "hash")).FirstOrDefault(h => h is not null);
        if (TomlReading.Table(entry, "source") is not { } source)
        {
            return null;
        }

        foreach (var kind in LocalKinds)
        {
            if (TomlReading.String(source, kind) is { } path)
            {
                package.Source = PackageSource.Local;
                package.Resolved = path;
                return path;
            }
        }

        if (TomlReading.String(source, "git") is { } git)
        {
            package.Source = PackageSource.Git;
            package.Resolved = git;
        }
        else if (TomlReading.String(source, "url") is { } url)
        {
            package.Source = PackageSource.Url;
            package.Resolved = url;
        }

        return null;
    }
}
