using System.Globalization;
using System.Text;

namespace Sightline.Core.Model;

/// <summary>Builds package URLs (https://github.com/package-url/purl-spec) for our ecosystems.</summary>
public static class Purl
{
    /// <summary>
    /// <paramref name="name"/> is the ecosystem's full name: "@scope/pkg" (npm), "group:artifact" (Maven),
    /// "vendor/package" (Composer), a module path (Go).
    /// </summary>
    public static string For(Ecosystem ecosystem, string name, string? version)
    {
        ArgumentNullException.ThrowIfNull(name);
        var purlName = ecosystem switch
        {
            Ecosystem.PyPI => PackageNames.Normalize(ecosystem, name),
            Ecosystem.Npm => name.ToLowerInvariant(),
            Ecosystem.Maven => name.Replace(':', '/'),
            _ => name,
        };

        var builder = new StringBuilder("pkg:").Append(ecosystem.PurlType()).Append('/');
        var segments = purlName.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            builder.Append(Encode(segments[i]));
        }

        if (!string.IsNullOrEmpty(version))
        {
            builder.Append('@').Append(Encode(version));
        }

        return builder.ToString();
    }

    private static string Encode(string segment)
    {
        var builder = new StringBuilder(segment.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(segment))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
