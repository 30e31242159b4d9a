namespace Sightline.Remediation.Patching.Npm;

internal sealed partial class NpmPatcher
{
    /// <summary>
    /// Pins through the mechanism the file already uses: yarn "resolutions", then "pnpm.overrides", else npm
    /// "overrides" (created at the end of the root when absent). npm rejects an override that contradicts a
    /// direct dependency, so a direct dependency is bumped and its override refers to it ("$name").
    /// </summary>
    private static PatchResult Pin(string path, string text, JsonSpan root, PatchRequest request)
    {
        var (section, overrides, problem) = PinSection(root);
        if (problem is not null)
        {
            return PatchResult.Unchanged($"{path}: {problem}");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        var value = request.TargetVersion;
        if (section == "overrides" && Entries(root, request.Package, Sections).Count > 0)
        {
            var bumped = Bump(path, text, root, request);
            if (bumped.Problem is not null)
            {
                return bumped;
            }

            if (bumped.NewText is not null)
            {
                // Re-parse so the override is placed against the bumped text's offsets.
                text = bumped.NewText;
                root = JsonSpanParser.TryParse(text, out _)!;
                overrides = root.Object("overrides");
                changes.AddRange(bumped.Changes);
            }

            value = "$" + request.Package;
        }

        var matches = overrides?.Members.FindAll(member => Matches(member.Key, request.Package)) ?? [];
        foreach (var member in matches)
        {
            var current = member.Value.Kind == JsonKind.Object ? member.Value.Member(".")?.Value : member.Value;
            if (current is not { Kind: JsonKind.String })
            {
                return PatchResult.Unchanged($"{path}: {section}.{member.Key} has no version to edit");
            }

            if (current.Text == value || (!value.StartsWith('$') && PatchVersions.IsAtLeast(Core.Model.Ecosystem.Npm, current.Text!, value)))
            {
                continue;
            }

            edits.Add(new TextEdit(current.Start, current.End - current.Start, JsonText.Quote(value)));
            changes.Add($"{path}: {section}.{member.Key} {current.Text} → {value}");
        }

        if (matches.Count == 0)
        {
            var unit = JsonText.IndentUnit(text, root);
            if (overrides is null)
            {
                var indent = root.Members.Count > 0 ? TextEdits.IndentOf(text, root.Members[^1].KeyStart) : unit;
                var body = JsonText.ObjectWith(request.Package, JsonText.Quote(value), indent, unit, JsonText.Separator(text, root), TextEdits.LineEnding(text));
                edits.Add(JsonText.AppendMember(text, root, section, body, unit));
            }
            else
            {
                edits.Add(JsonText.AppendMember(text, overrides, request.Package, JsonText.Quote(value), unit));
            }

            changes.Add($"{path}: {section}.{request.Package} = {value} (added)");
        }

        return edits.Count == 0
            ? changes.Count == 0 ? PatchVersions.Satisfied : new PatchResult(text, changes)
            : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    private static (string Section, JsonSpan? Overrides, string? Problem) PinSection(JsonSpan root)
    {
        if (root.Member("resolutions") is { } resolutions)
        {
            return resolutions.Value.Kind == JsonKind.Object ? ("resolutions", resolutions.Value, null) : ("", null, "\"resolutions\" is not an object");
        }

        if (root.Object("pnpm")?.Member("overrides") is { } pnpm)
        {
            return pnpm.Value.Kind == JsonKind.Object ? ("pnpm.overrides", pnpm.Value, null) : ("", null, "\"pnpm.overrides\" is not an object");
        }

        if (root.Member("overrides") is { } npm)
        {
            return npm.Value.Kind == JsonKind.Object ? ("overrides", npm.Value, null) : ("", null, "\"overrides\" is not an object");
        }

        return ("overrides", null, null);
    }

    // "pkg", "pkg@range" (npm), "**/pkg" or "parent/pkg" (yarn); "@scope/pkg" is not "pkg".
    private static bool Matches(string key, string package)
    {
        if (key == package || key.StartsWith(package + "@", StringComparison.Ordinal))
        {
            return true;
        }

        if (!key.EndsWith("/" + package, StringComparison.Ordinal))
        {
            return false;
        }

        var prefix = key[..^(package.Length + 1)];
        var lastSegment = prefix[(prefix.LastIndexOf('/') + 1)..];
        return !lastSegment.StartsWith('@');
    }
}
