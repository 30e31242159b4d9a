namespace Sightline.Ecosystems.Npm.Yarn;

internal sealed partial class YarnGraphBuilder
{
    private int? FindEntry(string name, string range)
    {
        var lookup = _bySpec.GetAlternateLookup<ReadOnlySpan<char>>();
        return SpanKeys.TryGet(lookup, name, "@", range, out var index) || (_berry && SpanKeys.TryGet(lookup, name, "@npm:", range, out index))
            ? index
            : null;
    }

    /// <summary>
    /// The range a root "resolutions" entry forces for this dependency: yarn writes the lockfile under the
    /// forced descriptor, so "lodash@^4.17.15" is found as "lodash@>=4.17.21". Patterns: "name",
    /// "**/name", "parent/name", "name@range".
    /// </summary>
    private string? Resolution(string name, string range)
    {
        foreach (var (pattern, value) in _project.Root?.Resolutions ?? [])
        {
            var target = LastPackage(pattern);
            var (targetName, targetRange) = NpmSources.SplitSpec(target);
            if (targetName != name)
            {
                continue;
            }

            if (targetRange.Length == 0 || targetRange == range || "npm:" + targetRange == range || targetRange == "npm:" + range)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"**/a/@s/b@^1" → "@s/b@^1": the last package of a resolution path.</summary>
    private static string LastPackage(string pattern)
    {
        var slash = pattern.LastIndexOf('/');
        if (slash < 0)
        {
            return pattern;
        }

        var before = pattern.LastIndexOf('/', slash - 1);
        var scope = pattern[(before + 1)..slash];
        return scope.StartsWith('@') ? pattern[(before + 1)..] : pattern[(slash + 1)..];
    }
}
