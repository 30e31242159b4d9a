using Sightline.Core.Versioning;
using Sightline.Tests;
using Xunit;

namespace Sightline.Versioning.Tests;

/// <summary>
/// Reads testdata/versions/&lt;ecosystem&gt;.txt: one comparison a line, "a &lt; b" or "a == b",
/// '#' starting a comment. Versions never contain " &lt; " or " == ", so splitting is unambiguous.
/// </summary>
internal static class VersionOrderingFile
{
    public static IEnumerable<object[]> Lines(string ecosystem)
    {
        var path = TestPaths.TestData("Sightline.Versioning.Tests", "versions", ecosystem + ".txt");
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return [number, line];
            }
        }
    }

    /// <summary>Asserts one line in both directions, with messages naming the line.</summary>
    public static void Check(IVersionScheme scheme, int number, string line)
    {
        var op = line.Contains(" == ", StringComparison.Ordinal) ? "==" : "<";
        var parts = line.Split(" " + op + " ", 2, StringSplitOptions.TrimEntries);
        Assert.True(parts.Length == 2, $"line {number}: expected 'a < b' or 'a == b': {line}");
        Assert.True(scheme.TryParse(parts[0], out var left), $"line {number}: cannot parse '{parts[0]}'");
        Assert.True(scheme.TryParse(parts[1], out var right), $"line {number}: cannot parse '{parts[1]}'");

        var forward = left.CompareTo(right);
        var backward = right.CompareTo(left);
        if (op == "==")
        {
            Assert.True(forward == 0 && backward == 0, $"line {number}: {line} (got {forward}, {backward})");
        }
        else
        {
            Assert.True(forward < 0 && backward > 0, $"line {number}: {line} (got {forward}, {backward})");
        }
    }

    /// <summary>Expands a sorted list into "a &lt; b" for every pair, as Maven's checkVersionsOrder does.</summary>
    public static void CheckAscending(IVersionScheme scheme, params string[] versions)
    {
        var parsed = versions.Select(v => scheme.TryParse(v, out var p) ? p : throw new InvalidOperationException(v)).ToArray();
        for (var i = 0; i < parsed.Length; i++)
        {
            for (var j = i + 1; j < parsed.Length; j++)
            {
                Assert.True(parsed[i].CompareTo(parsed[j]) < 0, $"expected {versions[i]} < {versions[j]}");
                Assert.True(parsed[j].CompareTo(parsed[i]) > 0, $"expected {versions[j]} > {versions[i]}");
            }
        }
    }
}
