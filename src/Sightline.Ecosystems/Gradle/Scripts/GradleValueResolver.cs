using System.Text;

namespace Sightline.Ecosystems.Gradle.Scripts;

/// <summary>
/// Evaluates <see cref="GradleValue"/>s against layers of properties (the project's script, the root
/// script, settings' gradle.ext, gradle.properties), first layer holding a name wins. Only names are
/// looked up: "$x", "${x.y}", "${property('x')}", "${libs.versions.x.get()}". Anything else is null: the
/// caller reports it. Depth-limited, so property cycles end.
/// </summary>
internal sealed class GradleValueResolver
{
    private const int MaxDepth = 16;

    private static readonly string[] Prefixes =
        ["project.ext.", "rootProject.ext.", "gradle.ext.", "project.extra.", "rootProject.extra.", "ext.", "extra.", "project.", "rootProject.", "gradle."];

    private static readonly string[] PropertyCalls =
        ["property(", "findProperty(", "providers.gradleProperty(", "properties[", "project.property(", "project.findProperty(", "project.properties[", "rootProject.property(", "rootProject.findProperty("];

    private readonly IReadOnlyList<IReadOnlyDictionary<string, GradleValue>> _layers;
    private readonly Func<string, string?> _catalogVersion;

    public GradleValueResolver(IReadOnlyList<IReadOnlyDictionary<string, GradleValue>> layers, Func<string, string?> catalogVersion)
    {
        _layers = layers;
        _catalogVersion = catalogVersion;
    }

    public string? Resolve(GradleValue? value) => Resolve(value, 0);

    public string? Lookup(string path) => Lookup(path, 0);

    private string? Resolve(GradleValue? value, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        return value.Kind switch
        {
            GradleValueKind.Literal => value.Text,
            GradleValueKind.Reference => Lookup(value.Text, depth + 1),
            GradleValueKind.Template => Expand(value.Text, depth + 1),
            _ => null,
        };
    }

    private string? Expand(string text, int depth)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                builder.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0 || Expression(text[(i + 2)..close].Trim(), depth) is not { } value)
                {
                    return null;
                }

                builder.Append(value);
                i = close + 1;
            }
            else if (c == '$' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '_'))
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'
                    || (text[end] == '.' && end + 1 < text.Length && (char.IsAsciiLetter(text[end + 1]) || text[end + 1] == '_'))))
                {
                    end++;
                }

                // Groovy reads "$a.b" as a property path, Kotlin as "$a" then ".b": try the longest name first.
                var path = text[(i + 1)..end];
                string? value = null;
                while (true)
                {
                    value = Lookup(path, depth);
                    var dot = path.LastIndexOf('.');
                    if (value is not null || dot < 0)
                    {
                        break;
                    }

                    path = path[..dot];
                }

                if (value is null)
                {
                    return null;
                }

                builder.Append(value);
                i += 1 + path.Length;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private string? Expression(string expression, int depth)
    {
        foreach (var call in PropertyCalls)
        {
            if (expression.StartsWith(call, StringComparison.Ordinal))
            {
                var rest = expression[call.Length..];
                var quote = rest.Length > 0 ? rest[0] : '\0';
                var end = quote is '"' or '\'' ? rest.IndexOf(quote, 1) : -1;
                return end > 0 ? Lookup(rest[1..end], depth) : null;
            }
        }

        var path = GradleValue.StripAccessors(expression.Replace("?.", ".", StringComparison.Ordinal));
        return path.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.') ? Lookup(path, depth) : null;
    }

    private string? Lookup(string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (_catalogVersion(path) is { } version)
        {
            return version;
        }

        var key = path;
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                key = key[prefix.Length..];
                break;
            }
        }

        foreach (var layer in _layers)
        {
            if (layer.TryGetValue(path, out var value) || layer.TryGetValue(key, out value))
            {
                return Resolve(value, depth + 1);
            }
        }

        return null;
    }
}
