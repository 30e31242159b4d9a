using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI.Requirements;

/// <summary>
/// A pip requirements file with everything it includes: -r/--requirement files add requirements, -c/--constraint
/// files only pin versions. Includes are resolved relative to the including file and must stay inside the
/// repository; a cycle, a missing file or a URL include is reported, never followed. Index and build options
/// (--index-url, --find-links, --pre, ...) are ignored.
/// </summary>
internal sealed partial class RequirementsParser
{
    private const int MaxDepth = 32;
    private const int MaxFiles = 256;

    private readonly IRequirementsFiles _files;
    private readonly List<string> _chain = [];
    private int _filesRead;

    private RequirementsParser(IRequirementsFiles files) => _files = files;

    public List<Declaration> Declarations { get; } = [];

    /// <summary>Versions pinned by constraint files, by normalised name (the first pin wins).</summary>
    public Dictionary<string, string> Constraints { get; } = new(StringComparer.Ordinal);

    /// <summary>What could not be read: bad lines, missing or cyclic includes, references without a name.</summary>
    public List<UnresolvedDependency> Problems { get; } = [];

    public static RequirementsParser Parse(string path, Stream stream, IRequirementsFiles files)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        var parser = new RequirementsParser(files);
        parser.ReadFile(path, stream, PyPIScopes.ForRequirementsFile(RepositoryPath.FileName(path)) ?? DependencyScope.Runtime, constraint: false);
        return parser;
    }

    private void ReadFile(string path, Stream stream, DependencyScope scope, bool constraint)
    {
        _chain.Add(path);
        _filesRead++;
        using var reader = new StreamReader(stream);
        foreach (var line in RequirementsLines.Read(reader))
        {
            if (line.Text.StartsWith('-'))
            {
                ReadOption(path, line, scope, constraint);
            }
            else
            {
                ReadRequirement(path, line, line.Text, scope, constraint, editable: false);
            }
        }

        _chain.RemoveAt(_chain.Count - 1);
    }

    private void ReadOption(string path, RequirementsLine line, DependencyScope scope, bool constraint)
    {
        var (name, value) = SplitOption(line.Text);
        switch (name)
        {
            case "-r" or "--requirement":
                Include(path, line, value, scope, constraint);
                break;
            case "-c" or "--constraint":
                Include(path, line, value, scope, constraint: true);
                break;
            case "-e" or "--editable":
                ReadRequirement(path, line, value, scope, constraint, editable: true);
                break;
            default:
                // --index-url, --extra-index-url, --find-links, --trusted-host, --pre, --require-hashes, ...
                break;
        }
    }

    private static (string Name, string Value) SplitOption(string text)
    {
        if (!text.StartsWith("--", StringComparison.Ordinal))
        {
            return text.Length <= 2 ? (text, string.Empty) : (text[..2], text[2..].Trim());
        }

        var end = text.IndexOfAny(['=', ' ', '\t']);
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 1)..].Trim());
    }

    private void Include(string from, RequirementsLine line, string target, DependencyScope includerScope, bool constraint)
    {
        var option = constraint ? "-c" : "-r";
        void Problem(string reason) =>
            Problems.Add(new UnresolvedDependency(target, option, $"{from}:{line.Number}: {option} {target}: {reason}", includerScope));

        if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal))
        {
            Problem(target.Length == 0 ? "no file named" : "an include by URL is not fetched");
            return;
        }

        var resolved = RepositoryPath.Combine(RepositoryPath.Directory(from), target);
        if (resolved is null || target.StartsWith('/'))
        {
            Problem("outside the repository, not read");
            return;
        }

        if (_chain.Contains(resolved))
        {
            Problem("include cycle (" + string.Join(" → ", _chain.Append(resolved)) + "), not followed again");
            return;
        }

        if (_chain.Count >= MaxDepth || _filesRead >= MaxFiles)
        {
            Problem($"more than {MaxDepth} nested or {MaxFiles} included files, not read");
            return;
        }

        using var stream = _files.Open(resolved);
        if (stream is null)
        {
            Problem("file not in the repository");
            return;
        }

        var scope = constraint ? includerScope : PyPIScopes.ForRequirementsFile(RepositoryPath.FileName(resolved)) ?? includerScope;
        ReadFile(resolved, stream, scope, constraint);
    }
}
