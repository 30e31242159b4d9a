using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.NuGet.Graph;
using Sightline.Ecosystems.NuGet.MsBuild;

namespace Sightline.Ecosystems.NuGet;

public sealed partial class NuGetExtractor
{
    /// <summary>One project's graph; null when the project file itself cannot be parsed (its error is recorded).</summary>
    private static DependencyGraph? BuildProject(NuGetFiles files, ProjectInputs inputs)
    {
        var path = inputs.Project;
        if (files.MsBuild(path) is null)
        {
            return null;
        }

        var project = Evaluate(files, path);
        var lockfile = inputs.Lockfile is null ? null : files.PackagesLock(inputs.Lockfile);
        var assets = lockfile is null && inputs.Assets is not null ? files.ProjectAssets(inputs.Assets) : null;
        var config = inputs.Config is null ? null : files.PackagesConfig(inputs.Config);
        var resolved = lockfile ?? assets?.Lockfile;
        var declared = project.Packages.SelectMany(p => p.Packages).ToList();
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        var kind = resolved?.Kind
            ?? (config is not null && declared.Count == 0 ? "packages.config" : $"{extension} (no lockfile)");
        var graph = new DependencyGraph(Ecosystem.NuGet, path, kind, ProjectName(project), project.Property("Version"))
        {
            LockfilePath = resolved is not null ? (lockfile is not null ? inputs.Lockfile : inputs.Assets)
                : config is not null ? inputs.Config : null,
        };

        // The evaluated property, so a Directory.Build.props licence applies to every project under it.
        graph.Root.License = project.Property("PackageLicenseExpression")?.Trim() is { Length: > 0 } license ? license : null;

        if (resolved is not null)
        {
            var dev = declared.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.All(p => p.Dev)).Select(g => g.Key)
                .Concat(assets?.DevIds ?? new HashSet<string>())
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var references = project.Projects.Select(p => DeclaredGraphBuilder.ProjectName(p.Include)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            LockGraphBuilder.Build(graph, resolved, dev, references);
            DeclaredGraphBuilder.AddProjectReferences(graph, project);
            AddStaleDeclarations(graph, declared, graph.LockfilePath!);
        }
        else
        {
            var failed = new[] { inputs.Lockfile, inputs.Assets }.FirstOrDefault(f => f is not null);
            if (failed is not null)
            {
                graph.AddUnresolved(new UnresolvedDependency(
                    "(lockfile)", null, $"{failed} could not be read (see its error); the graph comes from the project's declarations"));
            }

            var any = DeclaredGraphBuilder.AddPackageReferences(graph, project);
            DeclaredGraphBuilder.AddProjectReferences(graph, project);
            if (any)
            {
                graph.AddUnresolved(new UnresolvedDependency("(transitive dependencies)", null, DeclaredGraphBuilder.TransitiveUnknown));
            }
        }

        if (config is not null)
        {
            DeclaredGraphBuilder.AddPackagesConfig(graph, config);
        }

        graph.PropagateScopesFromRoot();
        // The test SDK package is what marks a test project (it sets IsTestProject from its props).
        var testProject = declared.Any(p => string.Equals(p.Id, "Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase));
        if (!testProject && IsPackable(project))
        {
            graph.Publishes.Add(new PublishedPackage(graph.Root.Name, graph.Root.Version));
        }

        return graph;
    }

    /// <summary>
    /// `dotnet pack` packs a project unless it says IsPackable=false; test projects and executables rarely
    /// ship as packages, so they count only when they say IsPackable=true.
    /// </summary>
    private static bool IsPackable(EvaluatedProject project)
    {
        static bool? Flag(string? value) => value is null ? null : string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if (Flag(project.Property("IsPackable")) is { } packable)
        {
            return packable;
        }

        return Flag(project.Property("IsTestProject")) != true
            && !string.Equals(project.Property("OutputType")?.Trim(), "Exe", StringComparison.OrdinalIgnoreCase);
    }

    private static EvaluatedProject Evaluate(NuGetFiles files, string path)
    {
        // MSBuild's order: Directory.Build.props (from Sdk.props), Directory.Packages.props (from NuGet's
        // props), then the project body.
        var folder = RepositoryPath.Directory(path);
        var nodes = new List<MsBuildNode>();
        foreach (var name in new[] { "Directory.Build.props", "Directory.Packages.props" })
        {
            if (NuGetImports.Nearest(files.Repository, folder, name) is { } props)
            {
                nodes.AddRange(NuGetImports.Flatten(files, props, path));
            }
        }

        nodes.AddRange(NuGetImports.Flatten(files, path, path));
        return MsBuildEvaluator.Evaluate(path, nodes);
    }

    /// <summary>A PackageReference the lockfile does not have is reported, not dropped: the lockfile is stale.</summary>
    private static void AddStaleDeclarations(DependencyGraph graph, List<DeclaredPackage> declared, string lockfile)
    {
        var present = graph.Nodes.Skip(1).Select(n => n.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var package in declared.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            if (!present.Contains(package.Id))
            {
                graph.AddUnresolved(new UnresolvedDependency(
                    package.Id,
                    package.Requirement,
                    $"declared in the project but not in {lockfile}: the lockfile is out of date",
                    package.Dev ? DependencyScope.Dev : DependencyScope.Runtime));
            }
        }
    }

    private static string ProjectName(EvaluatedProject project) =>
        project.Property("PackageId") ?? project.Property("AssemblyName") ?? Path.GetFileNameWithoutExtension(project.ProjectPath);
}
