using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sightline.Analysis.CSharp;

/// <summary>The .cs files of one project and, built on first use, their single compilation.</summary>
internal sealed class ProjectGroup(ProjectFile project)
{
    private static readonly string[] SdkUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
    private static readonly string[] WebUsings = ["System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private CSharpCompilation? _compilation;
    private bool _building;
    private IReadOnlyList<UsingInfo>? _globalUsings;

    public ProjectFile Project { get; } = project;

    public List<SourceFile> Sources { get; } = [];

    /// <summary>The project's global usings: `global using` directives of any file and the SDK's implicit ones.</summary>
    public IReadOnlyList<UsingInfo> GlobalUsings => _globalUsings ??= CollectGlobalUsings();

    /// <summary>
    /// One compilation of every readable file of the project, referencing the runtime, the package
    /// assemblies found locally and the compilations of referenced projects (so their methods are local).
    /// </summary>
    public CSharpCompilation Compilation(Func<string, ProjectGroup?> projectByPath, string? packageFolder, bool aspNetCore)
    {
        if (_compilation is not null)
        {
            return _compilation;
        }

        _building = true;
        var references = new List<MetadataReference>(RuntimeAssemblies.References);
        if (aspNetCore && Project.UsesAspNetCore)
        {
            references.AddRange(RuntimeAssemblies.AspNetCore);
        }

        references.AddRange(PackageAssemblies.For(Project, packageFolder));
        foreach (var path in Project.ProjectReferences)
        {
            // A reference cycle is an error in MSBuild too; the second visit simply goes without it.
            if (projectByPath(path) is { _building: false } referenced)
            {
                references.Add(referenced.Compilation(projectByPath, packageFolder, aspNetCore).ToMetadataReference());
            }
        }

        var trees = Sources.Where(s => s.Tree is not null).Select(s => s.Tree!).ToList();
        if (ImplicitUsingsSource() is { Length: > 0 } implicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(implicitUsings, SourceFile.ParseOptions, "<implicit usings>"));
        }

        var options = new CSharpCompilationOptions(
            Project.IsLibrary ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication,
            // Nullable analysis runs a flow pass per bound body and never changes which method a call binds to.
            nullableContextOptions: NullableContextOptions.Disable,
            allowUnsafe: true,
            concurrentBuild: false,
            metadataImportOptions: MetadataImportOptions.Public);
        var name = Project.Path is null ? "sources" : Path.GetFileNameWithoutExtension(Project.Path);
        _compilation = CSharpCompilation.Create(name, trees, references, options);
        _building = false;
        return _compilation;
    }

    private string ImplicitUsingsSource()
    {
        var namespaces = ImplicitNamespaces();
        return string.Concat(namespaces.Select(n => "global using global::" + n + ";\n"));
    }

    private List<string> ImplicitNamespaces()
    {
        var namespaces = new List<string>(Project.Usings);
        if (Project.ImplicitUsings)
        {
            namespaces.AddRange(SdkUsings);
            if (Project.IsWeb)
            {
                namespaces.AddRange(WebUsings);
            }
        }

        return namespaces;
    }

    private List<UsingInfo> CollectGlobalUsings()
    {
        var usings = ImplicitNamespaces().Select(n => new UsingInfo(n, null, false)).ToList();
        foreach (var source in Sources)
        {
            if (source.Tree?.GetRoot() is CompilationUnitSyntax root)
            {
                usings.AddRange(root.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).Select(UsingInfo.From).OfType<UsingInfo>());
            }
        }

        return usings;
    }
}

/// <summary>A using directive as the syntactic resolver sees it: a namespace, an alias, or a static type.</summary>
internal sealed record UsingInfo(string Target, string? Alias, bool IsStatic)
{
    public static UsingInfo? From(UsingDirectiveSyntax directive) =>
        directive.NamespaceOrType is { } target
            ? new UsingInfo(TypeNames.Dotted(target), directive.Alias?.Name.Identifier.ValueText, directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            : null;
}
