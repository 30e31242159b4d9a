using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Maven;

internal sealed partial class MavenPatcher
{
    /// <summary>A soft version becomes the target; ranges and expressions are refused.</summary>
    private static string? Rewrite(string value, string target, out string? problem, out bool satisfied)
    {
        satisfied = false;
        problem = null;
        if (value.Length == 0 || value.IndexOfAny(['[', ']', '(', ')', ',', '$', ' ']) >= 0)
        {
            problem = $"'{value}' is a version range or an expression, not a version";
            return null;
        }

        satisfied = PatchVersions.IsAtLeast(Ecosystem.Maven, value, target);
        return satisfied ? value : target;
    }

    private static string? PropertyEdits(string path, XmlElementSpan project, string property, string value, List<TextEdit> edits, List<string> changes)
    {
        foreach (var definition in PomXml.Properties(project, property))
        {
            var current = definition.Text!.Value;
            var rewritten = Rewrite(current.Value, value, out var problem, out var satisfied);
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

    /// <summary>
    /// Manages the version in &lt;dependencyManagement&gt;: a local entry wins over the parent's and over imported
    /// BOMs, so this also reaches transitive uses. The blocks are created when absent, before &lt;dependencies&gt;.
    /// </summary>
    private static PatchResult AddManaged(string path, string text, XmlElementSpan project, string groupId, string artifactId, string version)
    {
        var unit = XmlText.IndentUnit(text, project);
        var dependency = "<dependency>\n"
            + unit + "<groupId>" + XmlText.Escape(groupId) + "</groupId>\n"
            + unit + "<artifactId>" + XmlText.Escape(artifactId) + "</artifactId>\n"
            + unit + "<version>" + XmlText.Escape(version) + "</version>\n"
            + "</dependency>";
        var management = PomXml.Managed(project);
        TextEdit edit;
        if (management?.Child("dependencies") is { EndTag: not null } managed)
        {
            edit = XmlText.AppendChild(text, managed, dependency, unit);
        }
        else if (management is { EndTag: not null })
        {
            edit = XmlText.AppendChild(text, management, "<dependencies>\n" + XmlText.Indent(dependency, unit, "\n") + "\n</dependencies>", unit);
        }
        else if (management is not null)
        {
            return PatchResult.Unchanged($"{path}: <dependencyManagement/> is empty and self-closed: add the entry by hand");
        }
        else
        {
            var block = "<dependencyManagement>\n" + unit + "<dependencies>\n" + XmlText.Indent(dependency, unit + unit, "\n") + "\n" + unit + "</dependencies>\n</dependencyManagement>";
            edit = (project.Child("dependencies") ?? project.Child("build")) is { } next && TextEdits.StartsLine(text, next.Start)
                ? XmlText.InsertBefore(text, next, block)
                : XmlText.AppendChild(text, project, block, unit);
        }

        return new PatchResult(TextEdits.Apply(text, [edit]), [$"{path}: dependencyManagement {groupId}:{artifactId} = {version} (added)"]);
    }
}
