using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.PyProject;

internal static partial class PyProjectParser
{
    /// <summary>
    /// `license` as a string (a PEP 639 SPDX expression, or Poetry's identifier) or the older PEP 621
    /// table { text = "..." }. { file = "..." } names no licence, and any other type states nothing we can
    /// use: null, never an error, so the file's dependencies are not lost over it.
    /// </summary>
    private static string? LicenseOf(TomlTable table)
    {
        if (!table.TryGetValue("license", out var value))
        {
            return null;
        }

        var text = value switch
        {
            string expression => expression,
            TomlTable inline when inline.TryGetValue("text", out var t) && t is string described => described,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
