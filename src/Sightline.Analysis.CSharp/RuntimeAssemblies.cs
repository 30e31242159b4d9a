using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Sightline.Analysis.CSharp;

/// <summary>
/// The .NET runtime's own assemblies (the running process's trusted platform assemblies that live in the
/// runtime folder, so the host's dependencies, Roslyn included, never bind the analysed code), loaded once.
/// </summary>
internal static class RuntimeAssemblies
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> ReferencesLazy = new(Load);
    private static readonly Lazy<HashSet<string>> NamespacesLazy = new(CollectNamespaces);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> AspNetCoreLazy = new(LoadAspNetCore);
    private static readonly ConcurrentDictionary<string, MetadataReference?> FileReferences = new(StringComparer.Ordinal);

    public static IReadOnlyList<MetadataReference> References => ReferencesLazy.Value;

    /// <summary>
    /// The ASP.NET Core shared framework installed beside the runtime (same version, else the newest of the
    /// same major version), for web projects; empty when it is not installed.
    /// </summary>
    public static IReadOnlyList<MetadataReference> AspNetCore => AspNetCoreLazy.Value;

    /// <summary>Every namespace the runtime's assemblies declare: a type that does not bind is not in one of them.</summary>
    public static HashSet<string> Namespaces => NamespacesLazy.Value;

    /// <summary>A metadata reference to a DLL, shared across compilations; null when the file is not an assembly.</summary>
    public static MetadataReference? FromFile(string path) => FileReferences.GetOrAdd(path, static p =>
    {
        try
        {
            using var stream = File.OpenRead(p);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata ? MetadataReference.CreateFromFile(p) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return null;
        }
    });

    private static IReadOnlyList<MetadataReference> Load()
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeFolder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var references = new List<MetadataReference>();
        foreach (var path in paths)
        {
            if (FromFile(path) is { } reference)
            {
                references.Add(reference);
            }
        }

        return references;
    }

    private static IReadOnlyList<MetadataReference> LoadAspNetCore()
    {
        var runtimeFolder = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location) ?? ".");
        var shared = runtimeFolder.Parent?.Parent;
        var frameworks = shared is null ? null : new DirectoryInfo(Path.Combine(shared.FullName, "Microsoft.AspNetCore.App"));
        if (frameworks is null || !frameworks.Exists)
        {
            return [];
        }

        var version = runtimeFolder.Name;
        var major = version.Split('.')[0] + ".";
        var folder = frameworks.EnumerateDirectories().FirstOrDefault(d => d.Name == version)
            ?? frameworks.EnumerateDirectories().Where(d => d.Name.StartsWith(major, StringComparison.Ordinal)).MaxBy(d => d.Name, StringComparer.Ordinal);
        if (folder is null)
        {
            return [];
        }

        return [.. folder.EnumerateFiles("*.dll").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => FromFile(f.FullName)).OfType<MetadataReference>()];
    }

    private static HashSet<string> CollectNamespaces()
    {
        var compilation = CSharpCompilation.Create("runtime-namespaces", references: References);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(compilation.GlobalNamespace);
        while (pending.TryPop(out var ns))
        {
            foreach (var child in ns.GetNamespaceMembers())
            {
                names.Add(child.ToDisplayString());
                pending.Push(child);
            }
        }

        return names;
    }
}
