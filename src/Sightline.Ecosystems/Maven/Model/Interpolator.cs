using System.Text;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Maven.Model;

/// <summary>
/// Maven's ${...} interpolation for one model: user properties (.mvn/maven.config -D), then project.* /
/// pom.* model values, then the merged &lt;properties&gt;. env.* and Java system properties are left as
/// written. Lazy and memoised; a cycle (${a} → ${b} → ${a}) or a runaway expansion is an error, never a hang.
/// </summary>
internal sealed class Interpolator
{
    private const int MaxNesting = 64;
    private const int MaxLength = 64 * 1024;

    private readonly IReadOnlyDictionary<string, string> _user;
    private readonly IReadOnlyDictionary<string, string> _model;
    private readonly Func<string, string?> _project;
    private readonly Dictionary<string, string?> _memo = new(StringComparer.Ordinal);
    private readonly List<string> _stack = [];

    public Interpolator(IReadOnlyDictionary<string, string> user, IReadOnlyDictionary<string, string> model, Func<string, string?> project)
    {
        _user = user;
        _model = model;
        _project = project;
    }

    public static bool HasExpression(string? text) => text is not null && text.Contains("${", StringComparison.Ordinal);

    /// <summary>The names of the ${...} expressions still in <paramref name="text"/>.</summary>
    public static IEnumerable<string> Expressions(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("${", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf('}', at + 2);
            if (end < 0)
            {
                yield break;
            }

            yield return text[(at + 2)..end];
            at = end + 1;
        }
    }

    public string? Optional(string? text) => text is null ? null : Interpolate(text);

    public string Interpolate(string text)
    {
        if (!HasExpression(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf("${", at, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start + 2);
            if (end < 0)
            {
                result.Append(text, at, text.Length - at);
                break;
            }

            result.Append(text, at, start - at);
            var key = text[(start + 2)..end];
            result.Append(Lookup(key) ?? text[start..(end + 1)]);
            if (result.Length > MaxLength)
            {
                throw new ManifestFormatException($"property expansion of ${{{key}}} exceeds {MaxLength / 1024} KiB");
            }

            at = end + 1;
        }

        return result.ToString();
    }

    private string? Lookup(string key)
    {
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }

        var cycle = _stack.IndexOf(key);
        if (cycle >= 0)
        {
            var chain = string.Join(" → ", _stack.Skip(cycle).Append(key).Select(k => "${" + k + "}"));
            throw new ManifestFormatException($"property cycle: {chain}");
        }

        if (_stack.Count >= MaxNesting)
        {
            throw new ManifestFormatException($"properties nest more than {MaxNesting} deep at ${{{key}}}");
        }

        _stack.Add(key);
        try
        {
            var raw = Raw(key);
            var value = raw is null ? null : Interpolate(raw);
            _memo[key] = value;
            return value;
        }
        finally
        {
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private string? Raw(string key)
    {
        if (key.StartsWith("env.", StringComparison.Ordinal))
        {
            return null;
        }

        if (_user.TryGetValue(key, out var user))
        {
            return user;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["project.", "pom."])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && _project(key[prefix.Length..]) is { } value)
            {
                return value;
            }
        }

        if (_model.TryGetValue(key, out var property))
        {
            return property;
        }

        // Maven 3 still accepts the deprecated unprefixed ${version}, ${groupId}, ${artifactId}.
        return key is "version" or "groupId" or "artifactId" ? _project(key) : null;
    }
}
