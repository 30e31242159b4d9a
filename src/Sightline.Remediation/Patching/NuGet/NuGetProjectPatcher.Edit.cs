namespace Sightline.Remediation.Patching.NuGet;

internal sealed partial class NuGetProjectPatcher
{
    /// <summary>Edits the version of every item naming the package; a $(Property) version edits the property instead.</summary>
    private static PatchResult EditItems(string path, string text, XmlElementSpan root, List<XmlElementSpan> items, PatchRequest request)
    {
        var edits = new List<TextEdit>();
        var changes = new List<string>();
        var unversioned = 0;
        var properties = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (MsBuildXml.Version(item) is not var (attribute, span))
            {
                unversioned++;
                continue;
            }

            if (NuGetVersionText.Property(span.Value) is { } property)
            {
                if (MsBuildXml.Properties(root, property).Count == 0)
                {
                    return new PatchResult(null, [], $"{path}: {request.Package}'s version is $({property}), defined in another file", property);
                }

                if (properties.Add(property) && PropertyEdits(path, root, property, request.TargetVersion, edits, changes) is { } propertyProblem)
                {
                    return PatchResult.Unchanged(propertyProblem);
                }

                continue;
            }

            var rewritten = NuGetVersionText.Rewrite(span.Value, request.TargetVersion, out var problem, out var satisfied);
            if (rewritten is null)
            {
                return PatchResult.Unchanged($"{path}: {item.Name} {request.Package} {attribute}: {problem}");
            }

            if (!satisfied)
            {
                edits.Add(new TextEdit(span.Start, span.End - span.Start, XmlText.Escape(rewritten)));
                changes.Add($"{path}: {item.Name} {request.Package} {attribute} {span.Value} → {rewritten}");
            }
        }

        if (edits.Count == 0 && unversioned == items.Count)
        {
            return PatchResult.Unchanged(
                $"{path}: {request.Package} has no version here (central package management: its PackageVersion is in Directory.Packages.props)");
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    /// <summary>Adds the edits setting every definition of <paramref name="property"/>; the problem when one cannot be set.</summary>
    private static string? PropertyEdits(string path, XmlElementSpan root, string property, string value, List<TextEdit> edits, List<string> changes)
    {
        foreach (var definition in MsBuildXml.Properties(root, property))
        {
            var current = definition.Text!.Value;
            var rewritten = NuGetVersionText.Rewrite(current.Value, value, out var problem, out var satisfied);
            if (rewritten is null)
            {
                return $"{path}: property {property}: {problem}";
            }

            if (!satisfied)
            {
                edits.Add(new TextEdit(current.Start, current.End - current.Start, XmlText.Escape(rewritten)));
                changes.Add($"{path}: property {property} {current.Value} → {rewritten}");
            }
        }

        return null;
    }
}
