using Sightline.Core.Model;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo.Graph;

internal sealed partial class LockGraphBuilder
{
    /// <summary>
    /// One edge per dependency string. From a declaring package with a Cargo.toml, the edge carries the
    /// declaration's scope and requirement; every other edge is runtime with no requirement (Cargo.lock
    /// keeps only the resolved version).
    /// </summary>
    private void AddEdges(DependencyGraph graph)
    {
        for (var i = 0; i < _lock.Packages.Count; i++)
        {
            var package = _lock.Packages[i];
            var declarations = _declaring.GetValueOrDefault(i);
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in package.Dependencies)
            {
                var target = _index.Resolve(reference, package);
                if (target < 0)
                {
                    var name = Lock.LockIndex.Split(reference.Text).Name;
                    _notes.Add(new UnresolvedDependency(name, null, $"Cargo.lock lists '{reference.Text}' as a dependency of {package} but has no such package"));
                    continue;
                }

                var child = _lock.Packages[target];
                var (scope, requirement) = declarations is null ? (DependencyScope.Runtime, null) : Declared(declarations, child.Name, child.Version, matched);
                graph.AddEdge(_nodeOf[i], _nodeOf[target], scope, requirement);
            }

            foreach (var declaration in declarations ?? [])
            {
                if (!matched.Contains(Key(declaration.Package)))
                {
                    _notes.Add(new UnresolvedDependency(declaration.Package, declaration.Requirement,
                        $"declared in the Cargo.toml of {package} but Cargo.lock records no such dependency (the lockfile may be out of date)", declaration.Scope));
                }
            }
        }
    }

    /// <summary>
    /// The strongest scope among the declarations of this crate (a crate in [dependencies] and
    /// [dev-dependencies] is runtime) and its requirement; when one crate is declared at several versions
    /// (renames), only the declarations whose requirement accepts the locked version count.
    /// </summary>
    private static (DependencyScope Scope, string? Requirement) Declared(List<CargoDeclaration> declarations, string name, string version, HashSet<string> matched)
    {
        var key = Key(name);
        var candidates = declarations.FindAll(d => Key(d.Package) == key);
        if (candidates.Count == 0)
        {
            return (DependencyScope.Runtime, null);
        }

        matched.Add(key);
        if (candidates.Select(d => d.Requirement).Distinct().Count() > 1)
        {
            var compatible = candidates.FindAll(d => Requirements.Compatible(d.Requirement, version));
            candidates = compatible.Count > 0 ? compatible : candidates;
        }

        var best = candidates.MinBy(d => d.Scope)!;
        return (best.Scope, best.Requirement);
    }

    private static string Key(string name) => PackageNames.Normalize(Ecosystem.Cargo, name);
}
