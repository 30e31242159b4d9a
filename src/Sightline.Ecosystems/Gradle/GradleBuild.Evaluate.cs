using Sightline.Core.Model;
using Sightline.Ecosystems.Gradle.Scripts;

namespace Sightline.Ecosystems.Gradle;

internal sealed partial class GradleBuild
{
    /// <summary>Applied scripts followed per project: enough for real builds, and a bound on hostile ones.</summary>
    private const int MaxScripts = 32;

    /// <summary>
    /// Evaluates a project's declarations: its own build file and the scripts it applies, plus what its
    /// ancestors' scripts declare for it (allprojects { }, subprojects { }, project(':x') { }).
    /// </summary>
    public GradleEvaluatedProject Evaluate(GradleProject project)
    {
        var manifest = project.BuildFile ?? project.ConfiguredIn ?? project.Lockfiles.FirstOrDefault() ?? project.Folder;
        var evaluated = new GradleEvaluatedProject(project, manifest);
        var owners = new List<GradleProject> { project };
        owners.AddRange(_projects.Values.Where(project.IsDescendantOf).OrderByDescending(p => p.Path.Length));
        var scripts = owners.Select(o => (Owner: o, Scripts: Expand(o, o == project ? evaluated.Notes : null))).ToList();
        var resolver = Resolver(project, scripts.Select(s => s.Scripts.Select(x => x.Script)));
        foreach (var (owner, list) in scripts)
        {
            foreach (var (script, inherited) in list)
            {
                if (owner == project)
                {
                    evaluated.Plugins.UnionWith(script.Plugins);
                }

                foreach (var declaration in script.Declarations)
                {
                    if (Applies(declaration.Target.Length > 0 ? declaration.Target : inherited, owner, project))
                    {
                        evaluated.Dependencies.AddRange(Resolve(declaration, resolver));
                    }
                }
            }
        }

        evaluated.Group = Property(scripts, project, s => s.Groups, "group", resolver);
        evaluated.Version = Property(scripts, project, s => s.Versions, "version", resolver);
        return evaluated;
    }

    private static bool Applies(string target, GradleProject owner, GradleProject project) => target switch
    {
        "" => owner == project,
        GradleFrame.AllProjects => true,
        GradleFrame.SubProjects => owner != project,
        _ => target == project.Path,
    };

    private static string? Property(
        List<(GradleProject Owner, List<(GradleScript Script, string Target)> Scripts)> scripts,
        GradleProject project,
        Func<GradleScript, Dictionary<string, GradleValue>> select,
        string name,
        GradleValueResolver resolver)
    {
        foreach (var (owner, list) in scripts)
        {
            string[] keys = owner == project ? ["", GradleFrame.AllProjects] : [project.Path, GradleFrame.SubProjects, GradleFrame.AllProjects];
            foreach (var key in keys)
            {
                foreach (var (script, _) in list)
                {
                    if (select(script).TryGetValue(key, out var value))
                    {
                        return resolver.Resolve(value) is { Length: > 0 } text && text != "unspecified" ? text : null;
                    }
                }
            }
        }

        return resolver.Lookup(name) is { Length: > 0 } property && property != "unspecified" ? property : null;
    }

    /// <summary>A project's build file and the scripts it applies (apply from:), each with the target it was applied for.</summary>
    private List<(GradleScript Script, string Target)> Expand(GradleProject owner, List<UnresolvedDependency>? notes)
    {
        var list = new List<(GradleScript Script, string Target)>();
        if (owner.BuildFile is null || Script(owner.BuildFile) is not { } buildScript)
        {
            return list;
        }

        list.Add((buildScript, string.Empty));
        var visited = new HashSet<string>(StringComparer.Ordinal) { owner.BuildFile };
        for (var i = 0; i < list.Count && list.Count < MaxScripts; i++)
        {
            var (script, inherited) = list[i];
            var paths = Resolver(owner, [[script]]);
            foreach (var (target, value) in script.Applied)
            {
                var text = paths.Resolve(value);
                var path = text is null ? null : GradlePaths.CombineRoot(owner.Folder, text);
                var reason = text is null ? "apply from: a path Sightline cannot evaluate; the script's declarations are not read"
                    : path is null ? "apply from: a remote script, not read; its declarations are unknown"
                    : !Exists(path) ? $"apply from: {path} is not in the repository; its declarations are unknown"
                    : null;
                if (reason is not null)
                {
                    notes?.Add(new UnresolvedDependency(path ?? text ?? value.Text, null, reason, DependencyScope.Dev));
                }
                else if (visited.Add(path!) && Script(path!) is { } applied)
                {
                    list.Add((applied, target.Length > 0 ? target : inherited));
                }
            }
        }

        return list;
    }

    /// <summary>
    /// Property lookup for a project: built-in paths, its scripts' properties, its ancestors' (nearest
    /// first), settings, then gradle.properties from its folder up to the root.
    /// </summary>
    private GradleValueResolver Resolver(GradleProject project, IEnumerable<IEnumerable<GradleScript>> scriptsByOwner)
    {
        var builtins = new Dictionary<string, GradleValue>(StringComparer.Ordinal)
        {
            ["rootDir"] = GradleValue.Literal("/" + Root),
            ["rootProject.projectDir"] = GradleValue.Literal("/" + Root),
            ["rootProject.rootDir"] = GradleValue.Literal("/" + Root),
            ["settingsDir"] = GradleValue.Literal("/" + Root),
            ["projectDir"] = GradleValue.Literal("/" + project.Folder),
            ["project.projectDir"] = GradleValue.Literal("/" + project.Folder),
        };
        var layers = new List<IReadOnlyDictionary<string, GradleValue>> { builtins };
        foreach (var scripts in scriptsByOwner)
        {
            var merged = new Dictionary<string, GradleValue>(StringComparer.Ordinal);
            foreach (var script in scripts)
            {
                foreach (var (key, value) in script.Variables)
                {
                    merged.TryAdd(key, value);
                }
            }

            layers.Add(merged);
        }

        if (Settings is not null)
        {
            layers.Add(Settings.Script.Variables);
        }

        foreach (var folder in Core.Repositories.RepositoryPath.SelfAndAncestors(project.Folder))
        {
            layers.Add(PropertiesAt(folder));
            if (folder == Root)
            {
                break;
            }
        }

        return new GradleValueResolver(layers, CatalogVersion);
    }

    /// <summary>"libs.versions.x" → the catalog's version x.</summary>
    private string? CatalogVersion(string path)
    {
        var dot = path.IndexOf(".versions.", StringComparison.Ordinal);
        return dot > 0 && Catalogs.TryGetValue(path[..dot], out var catalog)
            && catalog.Versions.TryGetValue(path[(dot + ".versions.".Length)..], out var version)
            ? version.Exact ?? version.Requirement
            : null;
    }
}
