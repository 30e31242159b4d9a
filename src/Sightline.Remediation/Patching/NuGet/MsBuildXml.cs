namespace Sightline.Remediation.Patching.NuGet;

/// <summary>What the NuGet patchers look up in an MSBuild file's element tree.</summary>
internal static class MsBuildXml
{
    private static readonly string[] ItemNames = ["PackageReference", "PackageVersion", "GlobalPackageReference"];

    /// <summary>Package items naming <paramref name="package"/> by Include or Update (case-insensitive, as NuGet ids are).</summary>
    public static List<XmlElementSpan> Items(XmlElementSpan root, string package) =>
        [.. root.Descendants().Where(element =>
            Array.Exists(ItemNames, name => string.Equals(name, element.Name, StringComparison.OrdinalIgnoreCase))
            && (string.Equals(element.Value("Include")?.Value.Trim(), package, StringComparison.OrdinalIgnoreCase)
                || string.Equals(element.Value("Update")?.Value.Trim(), package, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Every definition of a property (any PropertyGroup, any condition) that has a value.</summary>
    public static List<XmlElementSpan> Properties(XmlElementSpan root, string property) =>
        [.. root.Descendants().Where(element =>
            element.Parent is { } parent
            && string.Equals(parent.Name, "PropertyGroup", StringComparison.OrdinalIgnoreCase)
            && string.Equals(element.Name, property, StringComparison.OrdinalIgnoreCase)
            && element.Text is not null)];

    public static bool AnyProperty(XmlElementSpan root, string property) =>
        root.Descendants().Any(element =>
            element.Parent is { } parent
            && string.Equals(parent.Name, "PropertyGroup", StringComparison.OrdinalIgnoreCase)
            && string.Equals(element.Name, property, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first ItemGroup holding <paramref name="itemName"/> items and closed by an end tag.</summary>
    public static XmlElementSpan? GroupOf(XmlElementSpan root, string itemName) =>
        root.Children.FirstOrDefault(child =>
            string.Equals(child.Name, "ItemGroup", StringComparison.OrdinalIgnoreCase)
            && child.EndTag is not null
            && child.ChildrenNamed(itemName).Any());

    /// <summary>The version an item declares: VersionOverride wins over Version (attribute or child element).</summary>
    public static (string Name, XmlValueSpan Span)? Version(XmlElementSpan item) =>
        item.Value("VersionOverride") is { } over ? ("VersionOverride", over)
        : item.Value("Version") is { } version ? ("Version", version)
        : null;
}
