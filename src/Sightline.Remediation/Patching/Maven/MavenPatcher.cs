using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Maven;

/// <summary>
/// pom.xml: a dependency's &lt;version&gt; (in dependencies or dependencyManagement, profiles included) or the
/// &lt;properties&gt; entry it refers to; Pin manages the version in &lt;dependencyManagement&gt;.
/// </summary>
internal sealed partial class MavenPatcher : IManifestPatcher
{
    public string Id => "maven";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public bool Handles(string path) => string.Equals(PatchPaths.FileName(path), "pom.xml", StringComparison.OrdinalIgnoreCase);

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var colon = request.Package.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == request.Package.Length - 1)
        {
            return PatchResult.Unchanged($"{path}: '{request.Package}' is not a Maven groupId:artifactId");
        }

        var project = XmlSpanReader.TryRead(text, out var error);
        if (project is not { Name: "project" })
        {
            return PatchResult.Unchanged($"{path}: not a pom ({error ?? "the root is not <project>"})");
        }

        var (groupId, artifactId) = (request.Package[..colon], request.Package[(colon + 1)..].Split(':')[0]);
        var matches = PomXml.Dependencies(project, groupId, artifactId);
        var versioned = matches.FindAll(dependency => dependency.Child("version")?.Text is not null);
        if (versioned.Count == 0)
        {
            if (request.Kind == PatchKind.Pin)
            {
                return AddManaged(path, text, project, groupId, artifactId, request.TargetVersion);
            }

            return PatchResult.Unchanged(matches.Count == 0
                ? $"{path}: {request.Package} is not a dependency declared here"
                : $"{path}: {request.Package} has no <version> here: it is managed by the parent or an imported BOM (raise that, or pin it)");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in versioned)
        {
            var version = dependency.Child("version")!.Text!.Value;
            var where = PomXml.IsManaged(dependency) ? "dependencyManagement" : "dependencies";
            if (PomXml.PropertyReference(version.Value) is { } property)
            {
                if (property.StartsWith("project.", StringComparison.Ordinal) || property.StartsWith("parent.", StringComparison.Ordinal))
                {
                    return PatchResult.Unchanged($"{path}: {request.Package} is at ${{{property}}}, the build's own version");
                }

                if (PomXml.Properties(project, property).Count == 0)
                {
                    return new PatchResult(null, [], $"{path}: {request.Package}'s version is ${{{property}}}, defined in a parent pom", property);
                }

                if (properties.Add(property) && PropertyEdits(path, project, property, request.TargetVersion, edits, changes) is { } problem)
                {
                    return PatchResult.Unchanged(problem);
                }

                continue;
            }

            var rewritten = Rewrite(version.Value, request.TargetVersion, out var refusal, out var satisfied);
            if (rewritten is null)
            {
                return PatchResult.Unchanged($"{path}: {where} {request.Package}: {refusal}");
            }

            if (!satisfied)
            {
                edits.Add(new TextEdit(version.Start, version.End - version.Start, XmlText.Escape(rewritten)));
                changes.Add($"{path}: {where} {request.Package} {version.Value} → {rewritten}");
            }
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var project = XmlSpanReader.TryRead(text, out var error);
        if (project is not { Name: "project" })
        {
            return PatchResult.Unchanged($"{path}: not a pom ({error ?? "the root is not <project>"})");
        }

        if (PomXml.Properties(project, property).Count == 0)
        {
            return PatchResult.Unchanged($"{path}: property {property} is not defined here");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        if (PropertyEdits(path, project, property, value, edits, changes) is { } problem)
        {
            return PatchResult.Unchanged(problem);
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    /// <summary>Maven has no lockfile.</summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles) => null;
}
