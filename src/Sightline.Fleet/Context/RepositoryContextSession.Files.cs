using Sightline.Core.Repositories;
using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Context;

internal sealed partial class RepositoryContextSession
{
    /// <summary>Reads a file within a size limit and hands it to a parser; problems go to the session.</summary>
    private T? Parse<T>(string path, int maxBytes, Func<Stream, (T Result, IReadOnlyList<ContextProblem> Problems)> parser)
        where T : class
    {
        if (ReadBytes(path, maxBytes) is not { } bytes)
        {
            return null;
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var (result, problems) = parser(stream);
        _problems.AddRange(problems);
        return result;
    }

    private byte[]? ReadBytes(string path, int maxBytes)
    {
        try
        {
            using var stream = _repository.OpenRead(path);
            var bytes = YamlText.ReadBounded(stream, maxBytes);
            if (bytes is null)
            {
                _problems.Add(new ContextProblem(path, null, $"file is over the {maxBytes / (1024 * 1024)} MiB limit; not read"));
            }

            return bytes;
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
        {
            _problems.Add(new ContextProblem(path, null, "cannot read: " + ex.Message));
            return null;
        }
    }

    /// <summary>A parser bug must cost one file, not the repository: the crash becomes that file's problem.</summary>
    private void Guard(string path, Action read)
    {
        try
        {
            read();
        }
#pragma warning disable CA1031 // deliberately broad: any parser failure is reported against its file
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _problems.Add(new ContextProblem(path, null, $"could not be read ({ex.GetType().Name}: {ex.Message})"));
        }
    }

    /// <summary>
    /// A YAML file parsed once per session. Syntax errors are reported only for files that look like
    /// Kubernetes objects (or that a kustomization names): other YAML is none of our business.
    /// </summary>
    private YamlLoadResult? LoadYaml(string path, bool referenced)
    {
        if (_yaml.TryGetValue(path, out var cached))
        {
            return cached;
        }

        YamlLoadResult? result = null;
        if (ReadBytes(path, RepositoryContextReader.MaxYamlBytes) is { } bytes)
        {
            var text = YamlText.Decode(bytes);
            if (text is null)
            {
                _problems.Add(new ContextProblem(path, null, "binary content (NUL bytes), not YAML; not read"));
            }
            else
            {
                result = YamlLoader.Load(text);
                var reportSyntax = referenced || (YamlText.HasTopLevelKey(text, "apiVersion:") && YamlText.HasTopLevelKey(text, "kind:"));
                foreach (var error in result.Errors)
                {
                    var isSyntax = result.HasSyntaxError && error == result.Errors[^1];
                    if (!isSyntax || reportSyntax)
                    {
                        _problems.Add(new ContextProblem(path, error.Line, error.Message));
                    }
                }
            }
        }

        _yaml[path] = result;
        return result;
    }

    private readonly Dictionary<string, YamlLoadResult?> _yaml = new(StringComparer.Ordinal);
}
