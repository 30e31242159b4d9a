using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Gradle;

/// <summary>
/// build.gradle, build.gradle.kts and applied *.gradle scripts: string and map notation versions, the
/// variables they read ($v, ${v}, $versions.x), and Pin as a dependency constraint.
/// </summary>
internal sealed partial class GradleBuildPatcher : IManifestPatcher
{
    public string Id => "gradle";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public bool Handles(string path)
    {
        var name = PatchPaths.FileName(path);
        return (name.EndsWith(".gradle", StringComparison.Ordinal) || name.EndsWith(".gradle.kts", StringComparison.Ordinal))
            && !name.StartsWith("settings.gradle", StringComparison.Ordinal);
    }

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var parts = request.Package.Split(':');
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return PatchResult.Unchanged($"{path}: '{request.Package}' is not a Maven group:artifact");
        }

        var tokens = ScriptLexer.Tokenize(text);
        var sites = GradleDeclarations.Find(tokens, parts[0], parts[1]);
        if (sites.Count == 0)
        {
            return request.Kind == PatchKind.Pin
                ? Constrain(path, text, tokens, parts[0], parts[1], request.TargetVersion)
                : PatchResult.Unchanged($"{path}: {request.Package} is not declared with a version in this script (a version catalog entry is patched in its .versions.toml)");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        var variables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (site.Variable is { } variable)
            {
                if (!variables.Add(variable))
                {
                    continue;
                }

                var definitions = VariableSites(tokens, variable);
                if (definitions.Count == 0)
                {
                    return new PatchResult(null, [], $"{path}: {request.Package}'s version is ${variable}, defined outside this script (gradle.properties or another script)", variable);
                }

                if (EditSites(path, $"variable {variable}", definitions, request.TargetVersion, edits, changes) is { } variableProblem)
                {
                    return PatchResult.Unchanged(variableProblem);
                }

                continue;
            }

            if (EditSites(path, request.Package, [site], request.TargetVersion, edits, changes) is { } problem)
            {
                return PatchResult.Unchanged(problem);
            }
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var definitions = VariableSites(ScriptLexer.Tokenize(text), property);
        if (definitions.Count == 0)
        {
            return PatchResult.Unchanged($"{path}: variable {property} is not defined here");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        if (EditSites(path, $"variable {property}", definitions, value, edits, changes) is { } problem)
        {
            return PatchResult.Unchanged(problem);
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles) =>
        GradleLocks.Command(path, repositoryFiles);

    private static string? EditSites(string path, string what, List<VersionSite> sites, string target, List<TextEdit> edits, List<string> changes)
    {
        // "$v" and "$versions.v" can both name one definition: each span is edited once.
        foreach (var site in sites.Where(site => !edits.Exists(edit => edit.Start == site.Start)))
        {
            var rewritten = GradleVersionText.Rewrite(site.Value, target, out var problem, out var satisfied);
            if (rewritten is null)
            {
                return $"{path}: {what}: {problem}";
            }

            if (!satisfied)
            {
                edits.Add(new TextEdit(site.Start, site.End - site.Start, rewritten));
                changes.Add($"{path}: {what} {site.Value} → {rewritten}");
            }
        }

        return null;
    }

    /// <summary>
    /// Definitions of a variable holding a plain version: <c>name = "v"</c> (def/val/ext), <c>name: "v"</c> (a map
    /// entry, as in versions += [name: "v"]) and <c>set("name", "v")</c>. "versions.x" is looked up as x.
    /// </summary>
    private static List<VersionSite> VariableSites(List<ScriptToken> tokens, string variable)
    {
        var name = variable[(variable.LastIndexOf('.') + 1)..];
        var sites = new List<VersionSite>();
        for (var i = 0; i < tokens.Count; i++)
        {
            ScriptToken? value = null;
            if (tokens[i].Kind == ScriptTokenKind.Identifier && tokens[i].Text == name)
            {
                value = GradleDeclarations.Named(tokens, i);
            }
            else if (tokens[i].Kind == ScriptTokenKind.String && tokens[i].Text == name && i + 2 < tokens.Count && tokens[i + 1].Text == ","
                && tokens[i + 2].Kind == ScriptTokenKind.String && i > 1 && tokens[i - 1].Text == "(" && tokens[i - 2].Text == "set")
            {
                value = tokens[i + 2];
            }

            if (value is { } found && GradleVersionText.Rewrite(found.Text, "0", out _, out _) is not null)
            {
                sites.Add(new VersionSite(found.Start, found.End, found.Text, null));
            }
        }

        return sites;
    }
}
