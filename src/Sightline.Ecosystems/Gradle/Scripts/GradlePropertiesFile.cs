namespace Sightline.Ecosystems.Gradle.Scripts;

/// <summary>
/// gradle.properties as Java properties: "key=value", "key: value" or "key value"; '#' and '!' comment
/// lines; a trailing backslash continues the value on the next line. Values are literal.
/// </summary>
internal static class GradlePropertiesFile
{
    public static Dictionary<string, GradleValue> Read(Stream stream, out long bytes)
    {
        var properties = new Dictionary<string, GradleValue>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        bytes = 0;
        string? pending = null;
        while (reader.ReadLine() is { } raw)
        {
            bytes += raw.Length + 1;
            var line = pending is null ? raw.TrimStart() : pending + raw.TrimStart();
            pending = null;
            if (line.Length == 0 || line[0] is '#' or '!')
            {
                continue;
            }

            if (line.EndsWith('\\') && !line.EndsWith(@"\\", StringComparison.Ordinal))
            {
                pending = line[..^1];
                continue;
            }

            var cut = line.IndexOfAny(['=', ':', ' ', '\t']);
            var key = (cut < 0 ? line : line[..cut]).Trim();
            var value = cut < 0 ? string.Empty : line[(cut + 1)..].Trim();
            if (cut >= 0 && line[cut] is ' ' or '\t' && value.Length > 0 && value[0] is '=' or ':')
            {
                value = value[1..].Trim();
            }
            if (key.Length > 0)
            {
                properties[key] = GradleValue.Literal(value);
            }
        }

        return properties;
    }
}
