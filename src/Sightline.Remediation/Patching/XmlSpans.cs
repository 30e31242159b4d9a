namespace Sightline.Remediation.Patching;

/// <summary>A span of the original text and the decoded value it holds.</summary>
internal readonly record struct XmlValueSpan(int Start, int End, string Value);

/// <summary>One element of an XML manifest, with the offsets needed to splice edits into the text.</summary>
internal sealed class XmlElementSpan
{
    public XmlElementSpan(string name, int start, XmlElementSpan? parent)
    {
        Name = name;
        Start = start;
        Parent = parent;
    }

    /// <summary>The local name (namespaces are ignored: a pom's xmlns does not matter here).</summary>
    public string Name { get; }

    /// <summary>Offset of the '&lt;' that opens the element.</summary>
    public int Start { get; }

    public XmlElementSpan? Parent { get; }

    /// <summary>Offset of the "&lt;/" of the end tag; null for an empty element ("&lt;x/&gt;").</summary>
    public int? EndTag { get; set; }

    public Dictionary<string, XmlValueSpan> Attributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text content of a leaf element (trimmed span), null when it has none or has children.</summary>
    public XmlValueSpan? Text { get; set; }

    public List<XmlElementSpan> Children { get; } = [];

    public XmlElementSpan? Child(string name) => Children.Find(child => Is(child, name));

    public IEnumerable<XmlElementSpan> ChildrenNamed(string name) => Children.Where(child => Is(child, name));

    /// <summary>The element's own text or an attribute's value, whichever names <paramref name="name"/>.</summary>
    public XmlValueSpan? Value(string name) =>
        Attributes.TryGetValue(name, out var attribute) ? attribute : Child(name)?.Text;

    public IEnumerable<XmlElementSpan> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>"project/dependencyManagement/dependencies/dependency" style path from the root.</summary>
    public bool HasPath(params string[] ancestors)
    {
        var current = Parent;
        for (var i = ancestors.Length - 1; i >= 0; i--, current = current.Parent)
        {
            if (current is null || !Is(current, ancestors[i]))
            {
                return false;
            }
        }

        return true;
    }

    // MSBuild names are case-insensitive; Maven's are lower-case by convention, so one rule serves both.
    private static bool Is(XmlElementSpan element, string name) => string.Equals(element.Name, name, StringComparison.OrdinalIgnoreCase);
}
