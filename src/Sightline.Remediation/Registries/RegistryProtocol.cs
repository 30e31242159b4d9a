using Sightline.Core.Model;

namespace Sightline.Remediation.Registries;

/// <summary>One registry's version-list request and response format.</summary>
internal abstract class RegistryProtocol
{
    /// <summary>"npm registry": used in Source and in problems ("not found in the npm registry").</summary>
    public abstract string Name { get; }

    /// <summary>The Accept header to send.</summary>
    public virtual string Accept => "application/json";

    public abstract Uri? Base(RegistryEndpoints endpoints);

    /// <summary>The escaped path below the base; null with a problem when the name cannot be requested.</summary>
    public abstract string? PathFor(string package, out string? problem);

    /// <summary>The versions in a response body. Throws JsonException, XmlException or FormatException on a malformed body.</summary>
    public abstract IReadOnlyList<string> Parse(byte[] body);

    public static RegistryProtocol? For(Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.Npm => NpmProtocol.Instance,
        Ecosystem.NuGet => NuGetProtocol.Instance,
        Ecosystem.Maven => MavenProtocol.Instance,
        Ecosystem.Go => GoProxyProtocol.Instance,
        Ecosystem.PyPI => PyPIProtocol.Instance,
        Ecosystem.Cargo => CratesProtocol.Instance,
        Ecosystem.RubyGems => RubyGemsProtocol.Instance,
        Ecosystem.Packagist => PackagistProtocol.Instance,
        _ => null,
    };

    /// <summary>The request address: the base with exactly one slash before the path.</summary>
    public static Uri Combine(Uri baseUri, string path) => new(baseUri.AbsoluteUri.TrimEnd('/') + "/" + path);

    /// <summary>One path segment, percent-encoded; "." and ".." are refused so a name cannot climb the base path.</summary>
    public static string? Segment(string text, out string? problem)
    {
        problem = null;
        if (text.Length == 0 || text is "." or ".." || text.Any(char.IsControl))
        {
            problem = $"'{text}' is not a valid package name segment";
            return null;
        }

        return Uri.EscapeDataString(text);
    }

    /// <summary>Distinct non-empty versions in first-seen order.</summary>
    protected static IReadOnlyList<string> Distinct(IEnumerable<string?> versions) =>
        [.. versions.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];
}
