namespace Sightline.Remediation.Patching.NuGet;

internal sealed partial class NuGetProjectPatcher
{
    private const string Pinning = "CentralPackageTransitivePinningEnabled";

    /// <summary>
    /// A package the file does not name: Directory.Packages.props gets a PackageVersion (and transitive pinning
    /// switched on, or the entry would not reach transitive dependencies); a project without central management
    /// gets a direct PackageReference. Directory.Build.props is refused: a reference there joins every project.
    /// </summary>
    private static PatchResult Pin(string path, string text, XmlElementSpan root, PatchRequest request)
    {
        var name = PatchPaths.FileName(path);
        var unit = XmlText.IndentUnit(text, root);
        var edits = new List<TextEdit>();
        var changes = new List<string>();
        if (IsCentral(name))
        {
            edits.Add(AddItem(text, root, "PackageVersion", request, unit));
            changes.Add($"{path}: PackageVersion {request.Package} = {request.TargetVersion} (added)");
            PinTransitively(path, text, root, unit, edits, changes);
        }
        else if (IsProject(name))
        {
            if (IsCentrallyManaged(root))
            {
                return PatchResult.Unchanged($"{path}: central package management: pin {request.Package} in Directory.Packages.props");
            }

            edits.Add(AddItem(text, root, "PackageReference", request, unit));
            changes.Add($"{path}: PackageReference {request.Package} = {request.TargetVersion} (added to pin a transitive dependency)");
        }
        else
        {
            return PatchResult.Unchanged($"{path}: a reference added here would join every project: pin {request.Package} in the project or in Directory.Packages.props");
        }

        return new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    private static TextEdit AddItem(string text, XmlElementSpan root, string itemName, PatchRequest request, string unit)
    {
        var item = $"<{itemName} Include=\"{XmlText.Escape(request.Package)}\" Version=\"{XmlText.Escape(request.TargetVersion)}\" />";
        return MsBuildXml.GroupOf(root, itemName) is { } group
            ? XmlText.AppendChild(text, group, item, unit)
            : XmlText.AppendChild(text, root, "<ItemGroup>\n" + unit + item + "\n</ItemGroup>", unit);
    }

    private static void PinTransitively(string path, string text, XmlElementSpan root, string unit, List<TextEdit> edits, List<string> changes)
    {
        var definitions = MsBuildXml.Properties(root, Pinning);
        if (definitions.Count > 0)
        {
            foreach (var definition in definitions.Where(definition => !string.Equals(definition.Text!.Value.Value, "true", StringComparison.OrdinalIgnoreCase)))
            {
                var span = definition.Text!.Value;
                edits.Add(new TextEdit(span.Start, span.End - span.Start, "true"));
                changes.Add($"{path}: {Pinning} {span.Value} → true (central transitive pinning)");
            }

            return;
        }

        if (MsBuildXml.AnyProperty(root, Pinning))
        {
            return;
        }

        var property = $"<{Pinning}>true</{Pinning}>";
        var group = root.Children.FirstOrDefault(child => string.Equals(child.Name, "PropertyGroup", StringComparison.OrdinalIgnoreCase) && child.EndTag is not null);
        if (group is not null)
        {
            edits.Add(XmlText.AppendChild(text, group, property, unit));
        }
        else
        {
            edits.Add(XmlText.PrependChild(text, root, "<PropertyGroup>\n" + unit + property + "\n</PropertyGroup>", unit));
        }

        changes.Add($"{path}: {Pinning} = true (added: central transitive pinning)");
    }

    private static bool IsCentrallyManaged(XmlElementSpan root) =>
        MsBuildXml.Properties(root, "ManagePackageVersionsCentrally").Exists(property => string.Equals(property.Text!.Value.Value, "true", StringComparison.OrdinalIgnoreCase))
        || root.Descendants().Any(element => string.Equals(element.Name, "PackageReference", StringComparison.OrdinalIgnoreCase)
            && element.Value("Include") is not null && MsBuildXml.Version(element) is null);
}
