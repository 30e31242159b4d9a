using System.Xml;
using System.Xml.Linq;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp;

/// <summary>What the analyser needs from a .csproj (and the Directory.*.props above it).</summary>
internal sealed record ProjectFile(string? Path)
{
    private static readonly string[] TestPackages = ["Microsoft.NET.Test.Sdk", "xunit", "xunit.core", "xunit.v3", "NUnit", "MSTest", "MSTest.TestFramework", "MSTest.Sdk"];

    /// <summary>The project folder ("" for the repository root, or for files without a project).</summary>
    public string Directory => Path is null ? string.Empty : RepositoryPath.Directory(Path);

    public bool IsExe { get; init; }

    public bool IsWeb { get; init; }

    public bool IsTest { get; init; }

    public bool ImplicitUsings { get; init; }

    /// <summary>A web SDK project or one with a FrameworkReference to Microsoft.AspNetCore.App.</summary>
    public bool UsesAspNetCore { get; init; }

    public string Sdk { get; init; } = "Microsoft.NET.Sdk";

    public IReadOnlyList<(string Id, string Version)> Packages { get; init; } = [];

    /// <summary>Repository paths of referenced .csproj files.</summary>
    public IReadOnlyList<string> ProjectReferences { get; init; } = [];

    /// <summary>&lt;Using Include="..."/&gt; items: global usings the SDK generates.</summary>
    public IReadOnlyList<string> Usings { get; init; } = [];

    /// <summary>A library whose public methods are entry points: not an app, not tests.</summary>
    public bool IsLibrary => Path is not null && !IsExe && !IsWeb && !IsTest;

    /// <summary>Files that belong to no project: treated as one application.</summary>
    public static ProjectFile None { get; } = new((string?)null) { IsExe = true };

    public static ProjectFile Read(IRepositoryFiles repository, string path)
    {
        var project = Load(repository, path);
        if (project is null)
        {
            return new ProjectFile(path);
        }

        var directory = RepositoryPath.Directory(path);
        var buildProps = Load(repository, FindAbove(repository, directory, "Directory.Build.props"));
        var central = CentralVersions(Load(repository, FindAbove(repository, directory, "Directory.Packages.props")));
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in new[] { buildProps, project })
        {
            foreach (var element in document?.Descendants() ?? [])
            {
                if (element.Parent?.Name.LocalName == "PropertyGroup" && !element.HasElements)
                {
                    properties[element.Name.LocalName] = element.Value.Trim();
                }
            }
        }

        var sdk = project.Root?.Attribute("Sdk")?.Value ?? "Microsoft.NET.Sdk";
        var packages = new List<(string, string)>();
        var references = new List<string>();
        var aspNetCore = false;
        var usings = new List<string>();
        foreach (var item in project.Descendants().Concat(buildProps?.Descendants() ?? []))
        {
            var include = Attribute(item, "Include");
            if (include is null)
            {
                continue;
            }

            switch (item.Name.LocalName)
            {
                case "PackageReference":
                    var version = Attribute(item, "VersionOverride") ?? Attribute(item, "Version") ?? Child(item, "Version") ?? central.GetValueOrDefault(include);
                    packages.Add((include, version ?? string.Empty));
                    break;
                case "ProjectReference" when RepositoryPath.Combine(directory, include) is { } referenced:
                    references.Add(referenced);
                    break;
                case "FrameworkReference" when include.Equals("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase):
                    aspNetCore = true;
                    break;
                case "Using" when Attribute(item, "Alias") is null && Attribute(item, "Static") is null:
                    usings.Add(include);
                    break;
                default:
                    break;
            }
        }

        var outputType = properties.GetValueOrDefault("OutputType") ?? string.Empty;
        return new ProjectFile(path)
        {
            Sdk = sdk,
            IsExe = outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase),
            IsWeb = sdk.Contains(".Web", StringComparison.OrdinalIgnoreCase) || sdk.Contains(".Worker", StringComparison.OrdinalIgnoreCase),
            IsTest = properties.GetValueOrDefault("IsTestProject")?.Equals("true", StringComparison.OrdinalIgnoreCase) == true
                || packages.Any(p => TestPackages.Any(t => p.Item1.StartsWith(t, StringComparison.OrdinalIgnoreCase))),
            ImplicitUsings = properties.GetValueOrDefault("ImplicitUsings") is { } implicitUsings
                && (implicitUsings.Equals("enable", StringComparison.OrdinalIgnoreCase) || implicitUsings.Equals("true", StringComparison.OrdinalIgnoreCase)),
            UsesAspNetCore = aspNetCore || sdk.Contains(".Web", StringComparison.OrdinalIgnoreCase),
            Packages = packages,
            ProjectReferences = references,
            Usings = usings,
        };
    }

    private static Dictionary<string, string> CentralVersions(XDocument? document)
    {
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in document?.Descendants().Where(e => e.Name.LocalName == "PackageVersion") ?? [])
        {
            if (Attribute(item, "Include") is { } id && Attribute(item, "Version") is { } version)
            {
                versions[id] = version;
            }
        }

        return versions;
    }

    private static string? FindAbove(IRepositoryFiles repository, string directory, string name)
    {
        for (var dir = directory; ; dir = RepositoryPath.Directory(dir))
        {
            var candidate = dir.Length == 0 ? name : dir + "/" + name;
            if (repository.Exists(candidate))
            {
                return candidate;
            }

            if (dir.Length == 0)
            {
                return null;
            }
        }
    }

    private static XDocument? Load(IRepositoryFiles repository, string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            using var stream = repository.OpenRead(path);
            // DTDs prohibited and no resolver: a hostile project file cannot expand or fetch entities.
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            return XDocument.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or IOException or RepositoryFileException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    private static string? Child(XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
}
