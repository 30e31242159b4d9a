namespace Sightline.Remediation.Patching.Gradle;

/// <summary>Where a script declares a module's version: the version's span, or the variable it reads.</summary>
internal readonly record struct VersionSite(int Start, int End, string Value, string? Variable);

/// <summary>Finds "g:a:v" string notation and group/name/version map notation in a script's tokens.</summary>
internal static class GradleDeclarations
{
    private const int MapWindow = 16;

    public static List<VersionSite> Find(List<ScriptToken> tokens, string groupId, string artifactId)
    {
        var sites = new List<VersionSite>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == ScriptTokenKind.String && StringNotation(token, groupId, artifactId) is { } site)
            {
                sites.Add(site);
            }
            else if (token.Kind == ScriptTokenKind.Identifier && token.Text == "group" && Named(tokens, i) is { } group && group.Text == groupId
                && MapNotation(tokens, i, artifactId) is { } mapSite)
            {
                sites.Add(mapSite);
            }
        }

        return sites;
    }

    /// <summary>"g:a:v", "g:a:v:classifier" or "g:a:v@ext"; a version of "$x" or "${x}" names a variable.</summary>
    private static VersionSite? StringNotation(ScriptToken token, string groupId, string artifactId)
    {
        var prefix = groupId + ":" + artifactId + ":";
        if (!token.Text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var version = token.Text[prefix.Length..];
        var end = version.IndexOfAny([':', '@']);
        version = end < 0 ? version : version[..end];
        var start = token.Start + prefix.Length;
        return Site(start, version, token.Quote);
    }

    /// <summary>group: 'g', name: 'a', version: 'v' (Groovy) or group = "g", name = "a", version = "v" (Kotlin).</summary>
    private static VersionSite? MapNotation(List<ScriptToken> tokens, int groupIndex, string artifactId)
    {
        var nameMatches = false;
        for (var i = groupIndex + 1; i < tokens.Count && i < groupIndex + MapWindow; i++)
        {
            if (tokens[i].Kind != ScriptTokenKind.Identifier)
            {
                continue;
            }

            if (tokens[i].Text == "group")
            {
                break;
            }

            if (tokens[i].Text == "name" && Named(tokens, i) is { } name)
            {
                nameMatches = name.Text == artifactId;
            }
            else if (tokens[i].Text == "version" && Named(tokens, i) is { } version)
            {
                return nameMatches ? Site(version.Start, version.Text, version.Quote) : null;
            }
        }

        return null;
    }

    /// <summary>The string assigned to the identifier at <paramref name="index"/> with ':' or '='.</summary>
    public static ScriptToken? Named(List<ScriptToken> tokens, int index) =>
        index + 2 < tokens.Count && tokens[index + 1].Text is ":" or "=" && tokens[index + 2].Kind == ScriptTokenKind.String
            ? tokens[index + 2]
            : null;

    private static VersionSite Site(int start, string version, char quote)
    {
        // Only double-quoted (and Kotlin) strings interpolate; '$x' in single quotes is literal text.
        if (quote != '\'' && version.StartsWith('$'))
        {
            var name = version.StartsWith("${", StringComparison.Ordinal) && version.EndsWith('}') ? version[2..^1] : version[1..];
            return new VersionSite(start, start + version.Length, version, name);
        }

        return new VersionSite(start, start + version.Length, version, null);
    }
}
