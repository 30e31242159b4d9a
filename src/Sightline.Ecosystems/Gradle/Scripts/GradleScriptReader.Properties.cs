namespace Sightline.Ecosystems.Gradle.Scripts;

internal sealed partial class GradleScriptReader
{
    private static readonly string[] PropertyPrefixes =
        ["project.ext.", "rootProject.ext.", "gradle.ext.", "project.extra.", "rootProject.extra.", "ext.", "extra.", "project."];

    /// <summary>
    /// Properties: def/val/var x = v, ext.x = v, x = v inside ext { }, extra["x"] = v, ext.set("x", v),
    /// map literals (versions += [a: "1"] gives versions.a), and group / version per target.
    /// </summary>
    private void Assignment(GradleFrame frame, IReadOnlyList<GradleToken> head)
    {
        var i = head[0].IsIdentifier() && head[0].Text is "def" or "val" or "var" or "final" or "String" ? 1 : 0;
        var name = GradleValue.DottedName(head, i, out var end);
        if (name is null)
        {
            return;
        }

        if (end < head.Count && head[end].Is(':') && end + 1 < head.Count && head[end + 1].IsIdentifier())
        {
            end += 2; // Kotlin type annotation: val x: String = "..."
        }

        if ((name.EndsWith(".set", StringComparison.Ordinal) || name == "set") && end < head.Count && head[end].Is('('))
        {
            var args = Split(Unwrap(head, end));
            if (args.Count == 2 && args[0] is [{ Kind: GradleTokenKind.String } key])
            {
                Set(frame, key.Text, GradleValue.From(args[1]));
            }

            return;
        }

        if (end + 2 < head.Count && head[end].Is('[') && head[end + 1].Kind == GradleTokenKind.String && head[end + 2].Is(']'))
        {
            name = name is "ext" or "extra" or "project.ext" or "project.extra" or "rootProject.ext" or "rootProject.extra"
                ? head[end + 1].Text
                : name + "." + head[end + 1].Text;
            end += 3;
        }

        var append = end + 1 < head.Count && head[end].Is('+') && head[end + 1].Is('=');
        if (!append && !(end + 1 < head.Count && head[end].Is('=') && !head[end + 1].Is('=')))
        {
            return;
        }

        var value = Slice(head, end + (append ? 2 : 1), head.Count);
        if (value.Count >= 2 && value[0].Is('[') && value[^1].Is(']'))
        {
            foreach (var entry in Split(Slice(value, 1, value.Count - 1)))
            {
                if (entry.Count > 2 && entry[0].Kind is GradleTokenKind.Identifier or GradleTokenKind.String && entry[1].Is(':'))
                {
                    Set(frame, Key(name) + "." + entry[0].Text, GradleValue.From(Slice(entry, 2, entry.Count)));
                }
            }

            return;
        }

        Set(frame, Key(name), GradleValue.From(value));
    }

    private void Set(GradleFrame frame, string key, GradleValue value)
    {
        if (frame is { Kind: FrameKind.Script, Buildscript: false } && key is "group" or "version")
        {
            (key == "group" ? _script.Groups : _script.Versions)[frame.Target] = value;
            if (frame.Target.Length > 0)
            {
                return;
            }
        }

        _script.Variables[key] = value;
    }

    private static string Key(string name)
    {
        foreach (var prefix in PropertyPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }
}
