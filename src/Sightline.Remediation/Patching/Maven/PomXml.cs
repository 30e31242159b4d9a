namespace Sightline.Remediation.Patching.Maven;

/// <summary>What the Maven patcher looks up in a pom's element tree.</summary>
internal static class PomXml
{
    /// <summary>Dependencies of the project, its profiles and their dependencyManagement (plugin dependencies are build tools: skipped).</summary>
    public static List<XmlElementSpan> Dependencies(XmlElementSpan project, string groupId, string artifactId) =>
        [.. project.Descendants().Where(element =>
            element.Name == "dependency"
            && element.Parent is { Name: "dependencies", Parent.Name: "project" or "profile" or "dependencyManagement" }
            && element.Child("groupId")?.Text?.Value == groupId
            && element.Child("artifactId")?.Text?.Value == artifactId)];

    public static bool IsManaged(XmlElementSpan dependency) => dependency.Parent?.Parent?.Name == "dependencyManagement";

    /// <summary>Definitions of a property in the project's or a profile's &lt;properties&gt;.</summary>
    public static List<XmlElementSpan> Properties(XmlElementSpan project, string property) =>
        [.. project.Descendants().Where(element =>
            element.Name == property
            && element.Parent is { Name: "properties", Parent.Name: "project" or "profile" }
            && element.Text is not null)];

    /// <summary>The name inside "${name}", when the whole value is one property reference.</summary>
    public static string? PropertyReference(string value) =>
        value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith('}') && value.IndexOf('}', StringComparison.Ordinal) == value.Length - 1
            ? value[2..^1]
            : null;

    public static XmlElementSpan? Managed(XmlElementSpan project) => project.Child("dependencyManagement");
}
