using Sightline.Core.Versioning;
using Sightline.Tests;
using Xunit;

namespace Sightline.Versioning.Tests.SemVerFamily;

/// <summary>testdata/versions/&lt;name&gt;.txt: "a &lt; b" or "a == b" a line, '#' comments.</summary>
internal static class ComparisonFile
{
    public static TheoryData<string, int, string> Read(params string[] names)
    {
        var data = new TheoryData<string, int, string>();
        foreach (var name in names)
        {
            var number = 0;
            foreach (var raw in File.ReadLines(TestPaths.TestData("Sightline.Versioning.Tests", "versions", name + ".txt")))
            {
                number++;
                var line = raw.Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    data.Add(name, number, line);
                }
            }
        }

        return data;
    }

    /// <summary>Checks the line in both directions: a &lt; b must also give b &gt; a.</summary>
    public static void Assert(IVersionScheme scheme, string file, int number, string line)
    {
        var equal = line.Contains(" == ", StringComparison.Ordinal);
        var parts = line.Split(equal ? " == " : " < ", 2, StringSplitOptions.TrimEntries);
        var where = $"{file}.txt:{number}: {line}";
        Xunit.Assert.True(parts.Length == 2, $"{where}: expected 'a < b' or 'a == b'");
        Xunit.Assert.True(scheme.TryParse(parts[0], out var left), $"{where}: cannot parse '{parts[0]}'");
        Xunit.Assert.True(scheme.TryParse(parts[1], out var right), $"{where}: cannot parse '{parts[1]}'");

        var forward = left.CompareTo(right);
        var backward = right.CompareTo(left);
        var holds = equal ? forward == 0 && backward == 0 : forward < 0 && backward > 0;
        Xunit.Assert.True(holds, $"{where} (compare gave {forward} and {backward} reversed)");
    }
}
