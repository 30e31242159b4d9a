using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Cargo.Graph;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo;

public sealed partial class CargoExtractor
{
    /// <summary>
    /// The members of the workspace at a lockfile's folder, found as Cargo finds them: folders matching
    /// [workspace] members or default-members globs, minus exclude, plus (transitively) the path
    /// dependencies of members that live inside the workspace. Cargo.toml files below a nested Cargo.lock
    /// belong to that lockfile. Other Cargo.toml files below the folder are path crates, not members.
    /// </summary>
    private sealed record Workspace(List<string> MemberPaths, List<MemberManifest> Members, HashSet<string> NonMemberNames)
    {
        public static Workspace Find(string folder, CargoManifest? root, CargoManifests manifests, HashSet<string> lockFolders)
        {
            var candidates = Candidates(folder, manifests, lockFolders);
            var memberFolders = new SortedSet<string>(StringComparer.Ordinal);
            if (root?.Workspace is { } workspace)
            {
                var excluded = workspace.Exclude.Select(Clean).Where(e => e.Length > 0).ToList();
                bool Allowed(string f) => !excluded.Exists(e => f == e || f.StartsWith(e + "/", StringComparison.Ordinal));

                // Cargo's member globs are folder globs like npm workspaces ("crates/*"): the same matcher serves.
                var globs = workspace.Members.Concat(workspace.DefaultMembers).Select(Clean).Where(g => g.Length > 0).ToList();
                var queue = new Queue<(string Folder, CargoManifest Manifest)>();
                queue.Enqueue((string.Empty, root));
                foreach (var match in Npm.Workspaces.Match(globs, candidates.Keys).Where(Allowed))
                {
                    memberFolders.Add(match);
                    if (manifests.Get(candidates[match]) is { } member)
                    {
                        queue.Enqueue((match, member));
                    }
                }

                while (queue.Count > 0)
                {
                    var (at, manifest) = queue.Dequeue();
                    foreach (var declaration in manifest.Dependencies.Select(d => d.InheritFrom(workspace)))
                    {
                        if (declaration.Source != PackageSource.Local || declaration.Location is null)
                        {
                            continue;
                        }

                        var target = RepositoryPath.Combine(declaration.Inherited ? string.Empty : at, declaration.Location);
                        if (target is not null && candidates.TryGetValue(target, out var path) && Allowed(target) && memberFolders.Add(target)
                            && manifests.Get(path) is { } pathMember)
                        {
                            queue.Enqueue((target, pathMember));
                        }
                    }
                }
            }

            var members = new List<MemberManifest>();
            foreach (var member in memberFolders)
            {
                if (manifests.Get(candidates[member]) is { } manifest)
                {
                    members.Add(new MemberManifest(member, manifest));
                }
            }

            var others = candidates.Where(c => !memberFolders.Contains(c.Key)).Select(c => manifests.Get(c.Value)?.Name).OfType<string>();
            return new Workspace([.. memberFolders.Select(f => candidates[f])], members, [.. others]);
        }

        /// <summary>Cargo.toml files below the folder whose nearest Cargo.lock is this one, by folder relative to it.</summary>
        private static Dictionary<string, string> Candidates(string folder, CargoManifests manifests, HashSet<string> lockFolders)
        {
            var candidates = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in manifests.Paths)
            {
                var dir = RepositoryPath.Directory(path);
                var inside = folder.Length == 0 ? dir.Length > 0 : dir.StartsWith(folder + "/", StringComparison.Ordinal);
                if (inside && RepositoryPath.SelfAndAncestors(dir).First(lockFolders.Contains) == folder)
                {
                    candidates[folder.Length == 0 ? dir : dir[(folder.Length + 1)..]] = path;
                }
            }

            return candidates;
        }

        private static string Clean(string path)
        {
            var p = path.Trim().Replace('\\', '/');
            while (p.StartsWith("./", StringComparison.Ordinal))
            {
                p = p[2..];
            }

            return p.TrimEnd('/');
        }
    }
}
