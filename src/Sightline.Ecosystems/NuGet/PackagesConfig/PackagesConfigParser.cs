using System.Xml.Linq;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.NuGet.PackagesConfig;

/// <summary>One &lt;package&gt; of packages.config.</summary>
internal sealed record PackagesConfigEntry(string Id, string Version, string? TargetFramework, bool DevelopmentDependency, string? AllowedVersions, int Line);

/// <summary>
/// Reads the legacy packages.config: &lt;packages&gt;&lt;package id version targetFramework
/// developmentDependency allowedVersions/&gt;&lt;/packages&gt;. It lists every installed package, direct or
/// transitive, flat, with no dependency edges. Pure.
/// </summary>
internal static class PackagesConfigParser
{
    public static IReadOnlyList<PackagesConfigEntry> Parse(Stream stream)
    {
        var document = SecureXml.Load(stream);
        var root = document.Root;
        if (root is null || root.Name.LocalName != "packages")
        {
            throw new ManifestFormatException(
                $"not a packages.config: the root element is <{root?.Name.LocalName}>, not <packages>",
                root is null ? null : SecureXml.Line(root),
                root is null ? null : SecureXml.Column(root));
        }

        var entries = new List<PackagesConfigEntry>();
        foreach (var package in root.Elements().Where(e => e.Name.LocalName == "package"))
        {
            entries.Add(new PackagesConfigEntry(
                Required(package, "id"),
                NuGetVersions.Normalize(Required(package, "version")),
                SecureXml.Attribute(package, "targetFramework"),
                string.Equals(SecureXml.Attribute(package, "developmentDependency")?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
                SecureXml.Attribute(package, "allowedVersions"),
                SecureXml.Line(package)));
        }

        return entries;
    }

    private static string Required(XElement package, string name)
    {
        var value = SecureXml.Attribute(package, name)?.Trim();
        return string.IsNullOrEmpty(value)
            ? throw new ManifestFormatException($"<package> has no '{name}' attribute", SecureXml.Line(package), SecureXml.Column(package))
            : value;
    }
}
