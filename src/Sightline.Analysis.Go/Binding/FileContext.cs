using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Binding;

/// <summary>One parsed file with what its names mean: its package's import path and its imports by local name.</summary>
internal sealed class FileContext(string path, string packagePath, GoFile file, bool isTest, string source, string? module)
{
    public string Source { get; } = source;

    /// <summary>The module path of the nearest go.mod, when there is one.</summary>
    public string? Module { get; } = module;

    public string Path { get; } = path;

    public string PackagePath { get; } = packagePath;

    public GoFile File { get; } = file;

    public bool IsTest { get; } = isTest;

    /// <summary>Local name → import path ("http2" → "golang.org/x/net/http2", an alias → its path).</summary>
    public Dictionary<string, string> Imports { get; } = new(StringComparer.Ordinal);

    public List<string> DotImports { get; } = [];

    /// <summary>Binds the imports once every package of the repository is known (their real package names).</summary>
    public void BindImports(RepoIndex index)
    {
        foreach (var import in File.Imports)
        {
            switch (import.Alias)
            {
                case ".":
                    DotImports.Add(import.Path);
                    break;
                case "_":
                    break;
                case { } alias:
                    Imports[alias] = import.Path;
                    break;
                default:
                    var name = index.Packages.TryGetValue(import.Path, out var package) && package.Name is { } n ? n : GuessName(import.Path);
                    Imports[name] = import.Path;
                    break;
            }
        }
    }

    /// <summary>
    /// An external package's name is not in its import path; Go convention: the last element, skipping a
    /// major version ("/v2"), without a ".v3" suffix or a "go-" prefix ("gopkg.in/yaml.v3" → "yaml").
    /// </summary>
    public static string GuessName(string importPath)
    {
        var parts = importPath.Split('/');
        var last = parts[^1];
        if (parts.Length > 1 && last.Length > 1 && last[0] == 'v' && last[1..].All(char.IsAsciiDigit))
        {
            last = parts[^2];
        }

        var dot = last.IndexOf(".v", StringComparison.Ordinal);
        if (dot > 0)
        {
            last = last[..dot];
        }

        if (last.StartsWith("go-", StringComparison.Ordinal))
        {
            last = last[3..];
        }

        return last.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
    }
}
