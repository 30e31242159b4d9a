using System.Text.RegularExpressions;
using Sightline.Tests;

namespace Sightline.Versioning.Tests;

/// <summary>
/// Every version string in ../shared/data/osv/pypa: the "versions:" lists and the events of
/// ECOSYSTEM ranges (GIT ranges hold commit hashes, not versions). A line scanner is enough for
/// the regular layout these YAML files have; no YAML library is referenced by the test project.
/// </summary>
internal static partial class PypaAdvisoryVersions
{
    public static string Root => Path.Combine(TestPaths.SharedData, "osv", "pypa", "vulns");

    /// <summary>Each occurrence as (file name, version, versions-list number or -1 for range events).</summary>
    public static IEnumerable<(string File, string Version, int List)> All()
    {
        var lists = 0;
        foreach (var file in Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var listIndent = -1;
            string? rangeType = null;
            foreach (var line in File.ReadLines(file))
            {
                if (VersionsKey().Match(line) is { Success: true } key)
                {
                    listIndent = key.Groups[1].Length;
                    lists++;
                    continue;
                }

                if (listIndent >= 0)
                {
                    if (ListItem().Match(line) is { Success: true } item && item.Groups[1].Length >= listIndent)
                    {
                        yield return (Path.GetFileName(file), Unquote(item.Groups[2].Value), lists);
                        continue;
                    }

                    listIndent = -1;
                }

                if (RangeType().Match(line) is { Success: true } type)
                {
                    rangeType = type.Groups[1].Value;
                }
                else if (rangeType == "ECOSYSTEM" && Event().Match(line) is { Success: true } e)
                {
                    yield return (Path.GetFileName(file), Unquote(e.Groups[1].Value), -1);
                }
            }
        }
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"^(\s*)versions:\s*$")]
    private static partial Regex VersionsKey();

    [GeneratedRegex(@"^(\s*)- (.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*- type: (\S+)")]
    private static partial Regex RangeType();

    [GeneratedRegex(@"^\s*- (?:introduced|fixed|last_affected|limit): (.*)$")]
    private static partial Regex Event();
}
