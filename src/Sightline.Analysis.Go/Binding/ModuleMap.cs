using System.Text;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Go.Binding;

/// <summary>
/// go.mod files of the repository: a file's package import path is the module path of the nearest go.mod
/// above it plus the folder below that go.mod. Without a go.mod, the folder path stands in.
/// </summary>
internal sealed class ModuleMap
{
    private readonly Dictionary<string, string> _modules = new(StringComparer.Ordinal);

    public ModuleMap(IRepositoryFiles repository, IEnumerable<string> files)
    {
        foreach (var file in files.Where(f => f == "go.mod" || f.EndsWith("/go.mod", StringComparison.Ordinal)))
        {
            if (Read(repository, file) is { } module)
            {
                _modules[Folder(file)] = module;
            }
        }
    }

    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The import path of the package in <paramref name="folder"/>; its module's path and root.</summary>
    public (string ImportPath, string? Module) ImportPath(string folder)
    {
        for (var dir = folder; ; dir = Folder(dir))
        {
            if (_modules.TryGetValue(dir, out var module))
            {
                var rest = dir.Length == 0 ? folder : folder.Length == dir.Length ? "" : folder[(dir.Length + 1)..];
                return (rest.Length == 0 ? module : module + "/" + rest, module);
            }

            if (dir.Length == 0)
            {
                return (folder.Length == 0 ? "." : folder, null);
            }
        }
    }

    private static string? Read(IRepositoryFiles repository, string file)
    {
        try
        {
            using var reader = new StreamReader(repository.OpenRead(file), Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                var text = line.Trim();
                if (text.StartsWith("module", StringComparison.Ordinal) && text.Length > 6 && char.IsWhiteSpace(text[6]))
                {
                    var value = text[6..].Trim();
                    var comment = value.IndexOf("//", StringComparison.Ordinal);
                    return (comment < 0 ? value : value[..comment]).Trim().Trim('"', '`');
                }
            }
        }
        catch (Exception ex) when (ex is IOException or RepositoryFileException)
        {
            // An unreadable go.mod leaves its folders to the next one above.
        }

        return null;
    }
}
