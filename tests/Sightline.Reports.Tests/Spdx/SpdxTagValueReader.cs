namespace Sightline.Reports.Tests.Spdx;

/// <summary>
/// A small tag:value reader for the tests: "Tag: value" lines, values in &lt;text&gt;…&lt;/text&gt; spanning lines,
/// grouped into packages at each PackageName: and licences at each LicenseID:. Independent of the writer, so a round trip checks the syntax.
/// </summary>
internal sealed class SpdxTagValueReader
{
    public List<(string Tag, string Value)> Header { get; } = [];

    public List<Dictionary<string, List<string>>> Packages { get; } = [];

    /// <summary>One entry per LicenseID: block (extracted licensing info).</summary>
    public List<Dictionary<string, List<string>>> Licenses { get; } = [];

    public List<string> Relationships { get; } = [];

    public static SpdxTagValueReader Read(string text)
    {
        var reader = new SpdxTagValueReader();
        Dictionary<string, List<string>>? package = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            var tag = lines[i][..colon];
            var value = lines[i][(colon + 2)..];
            if (value.StartsWith("<text>", StringComparison.Ordinal))
            {
                while (!value.EndsWith("</text>", StringComparison.Ordinal))
                {
                    value += "\n" + lines[++i];
                }

                value = value["<text>".Length..^"</text>".Length];
            }

            if (tag == "Relationship")
            {
                reader.Relationships.Add(value);
            }
            else if (tag is "PackageName" or "LicenseID")
            {
                package = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [tag] = [value] };
                (tag == "PackageName" ? reader.Packages : reader.Licenses).Add(package);
            }
            else if (package is not null)
            {
                package.TryAdd(tag, []);
                package[tag].Add(value);
            }
            else
            {
                reader.Header.Add((tag, value));
            }
        }

        return reader;
    }

    public static List<string> Field(Dictionary<string, List<string>> package, string tag) =>
        package.TryGetValue(tag, out var values) ? values : [];
}
