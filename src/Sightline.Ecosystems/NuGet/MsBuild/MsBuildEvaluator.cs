namespace Sightline.Ecosystems.NuGet.MsBuild;

/// <summary>
/// A small MSBuild evaluation: properties first, in file order (Directory.Build.props, Directory.Packages.props,
/// then the project, imports inline), later definitions winning; then items, once per target framework,
/// with the final properties. Pure: the caller has already followed the imports.
/// </summary>
internal static partial class MsBuildEvaluator
{
    /// <summary>Defaults the SDK supplies; conditions such as '$(Configuration)' == 'Debug' depend on them.</summary>
    private static readonly (string Name, string Value)[] Defaults =
    [
        ("Configuration", "Debug"),
        ("Platform", "AnyCPU"),
    ];

    public static EvaluatedProject Evaluate(string projectPath, IReadOnlyList<MsBuildNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        ArgumentNullException.ThrowIfNull(nodes);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Defaults)
        {
            properties[name] = value;
        }

        foreach (var node in nodes)
        {
            if (node is not MsBuildProperty property)
            {
                continue;
            }

            var lookup = Lookup(projectPath, node.File, properties, null);
            var applies = Conditions(node, lookup);
            // An undecidable condition only fills a property nobody set: the first, not the last, guess wins.
            if (applies == true || (applies is null && !properties.ContainsKey(property.Name)))
            {
                properties[property.Name] = MsBuildExpander.Expand(property.Value, lookup);
            }
        }

        var frameworks = Frameworks(properties);
        var cpm = IsTrue(properties, "ManagePackageVersionsCentrally");
        var packages = new List<(string, IReadOnlyList<DeclaredPackage>)>();
        var projects = new Dictionary<string, DeclaredProject>(StringComparer.OrdinalIgnoreCase);
        foreach (var framework in frameworks.Count == 0 ? [string.Empty] : frameworks)
        {
            var items = EvaluateItems(projectPath, nodes, properties, framework);
            packages.Add((framework, Resolve(items, cpm)));
            foreach (var project in items.Projects)
            {
                projects.TryAdd(project.Include, project);
            }
        }

        return new EvaluatedProject
        {
            ProjectPath = projectPath,
            Properties = properties,
            TargetFrameworks = frameworks,
            CentralPackageManagement = cpm,
            CentralTransitivePinning = cpm && IsTrue(properties, "CentralPackageTransitivePinningEnabled"),
            Packages = packages,
            Projects = [.. projects.Values],
        };
    }

    internal static Func<string, string?> Lookup(string projectPath, string file, Dictionary<string, string> properties, string? framework) =>
        name =>
        {
            if (framework is not null && name.Equals("TargetFramework", StringComparison.OrdinalIgnoreCase))
            {
                return framework;
            }

            return Reserved(projectPath, file, name) ?? (properties.TryGetValue(name, out var value) ? value : null);
        };

    /// <summary>MSBuild's reserved properties, as repository-relative paths ('/' separators, folders end in '/').</summary>
    internal static string? Reserved(string projectPath, string file, string name)
    {
        // A leading '/' marks the repository root, so a path built from these stays absolute when combined.
        static string Folder(string path)
        {
            var directory = Sightline.Core.Repositories.RepositoryPath.Directory(path);
            return directory.Length == 0 ? "/" : "/" + directory + "/";
        }

        var projectFile = Sightline.Core.Repositories.RepositoryPath.FileName(projectPath);
        var thisFile = Sightline.Core.Repositories.RepositoryPath.FileName(file);
        return name.ToUpperInvariant() switch
        {
            "MSBUILDTHISFILEDIRECTORY" => Folder(file),
            "MSBUILDTHISFILE" => thisFile,
            "MSBUILDTHISFILENAME" => Path.GetFileNameWithoutExtension(thisFile),
            "MSBUILDTHISFILEFULLPATH" => "/" + file,
            "MSBUILDPROJECTDIRECTORY" => Folder(projectPath).Length == 1 ? "/" : Folder(projectPath).TrimEnd('/'),
            "MSBUILDPROJECTFILE" => projectFile,
            "MSBUILDPROJECTNAME" => Path.GetFileNameWithoutExtension(projectFile),
            "MSBUILDPROJECTEXTENSION" => Path.GetExtension(projectFile),
            "MSBUILDPROJECTFULLPATH" => "/" + projectPath,
            _ => null,
        };
    }

    internal static bool? Conditions(MsBuildNode node, Func<string, string?> lookup)
    {
        bool? result = true;
        foreach (var condition in node.Conditions)
        {
            var value = condition == MsBuildParser.OtherwiseCondition ? null : MsBuildCondition.Evaluate(condition, lookup);
            if (value == false)
            {
                return false;
            }

            result = value is null ? null : result;
        }

        return result;
    }

    private static List<string> Frameworks(Dictionary<string, string> properties)
    {
        var text = properties.TryGetValue("TargetFrameworks", out var many) && many.Trim().Length > 0 ? many
            : properties.TryGetValue("TargetFramework", out var one) ? one
            : string.Empty;
        return [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(f => !f.Contains("$(", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static bool IsTrue(Dictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
}
