using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// The user properties of .mvn/maven.config (-Drevision=1.2.0, -D sha1=abc, --define changelist=-SNAPSHOT):
/// how CI-friendly builds pin ${revision}, ${sha1} and ${changelist}. The file belongs to the nearest folder
/// above a POM that holds a .mvn folder, as Maven finds the multi-module project directory.
/// </summary>
internal static class MavenConfig
{
    private const int MaxBytes = 64 * 1024;

    public static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The folders holding a .mvn folder, from the repository's file list.</summary>
    public static HashSet<string> ProjectFolders(IReadOnlyList<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.StartsWith(".mvn/", StringComparison.Ordinal))
            {
                folders.Add(string.Empty);
            }
            else if (file.IndexOf("/.mvn/", StringComparison.Ordinal) is > 0 and var at)
            {
                folders.Add(file[..at]);
            }
        }

        return folders;
    }

    /// <summary>The maven.config path that applies to a POM, or null.</summary>
    public static string? For(string pomPath, IReadOnlySet<string> projectFolders, IRepositoryFiles repository)
    {
        foreach (var folder in RepositoryPath.SelfAndAncestors(RepositoryPath.Directory(pomPath)))
        {
            if (projectFolders.Contains(folder))
            {
                var config = folder.Length == 0 ? ".mvn/maven.config" : folder + "/.mvn/maven.config";
                return repository.Exists(config) ? config : null;
            }
        }

        return null;
    }

    public static IReadOnlyDictionary<string, string> Parse(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var buffer = new char[MaxBytes];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        var tokens = Tokens(new string(buffer, 0, length)).ToList();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            string? definition = null;
            if (token is "-D" or "--define")
            {
                definition = i + 1 < tokens.Count ? tokens[++i] : null;
            }
            else if (token.StartsWith("-D", StringComparison.Ordinal))
            {
                definition = token[2..];
            }
            else if (token.StartsWith("--define=", StringComparison.Ordinal))
            {
                definition = token["--define=".Length..];
            }

            if (string.IsNullOrEmpty(definition))
            {
                continue;
            }

            var equals = definition.IndexOf('=', StringComparison.Ordinal);
            // "-Dflag" alone means flag=true, as on Maven's command line.
            properties[equals < 0 ? definition : definition[..equals]] = equals < 0 ? "true" : definition[(equals + 1)..];
        }

        return properties;
    }

    /// <summary>Whitespace-separated arguments; single or double quotes group, as the Maven launcher reads the file.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var current = new System.Text.StringBuilder();
        char? quote = null;
        var has = false;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                has = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (has)
                {
                    yield return current.ToString();
                    current.Clear();
                    has = false;
                }
            }
            else
            {
                current.Append(c);
                has = true;
            }
        }

        if (has)
        {
            yield return current.ToString();
        }
    }
}
