using System.Text;
using Sightline.Fleet.Ownership;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>
/// The indexed lookup must answer exactly what trying every rule would: random rule sets and random
/// paths (fixed seed), compared with a naive "test every rule, the last match wins" (per section for GitLab).
/// </summary>
public sealed class IndexPropertyTests
{
    private static readonly string[] Names = ["src", "app", "docs", "lib", "a", "b", "api", "config", "test", ".github", "README.md", "x.js", "y.go", "z.d.ts", "Makefile"];
    private static readonly string[] Globs = ["*", "**", "*.js", "*.go", "*.ts", "*.d.ts", "x*", "?pp", "a*b", "*c*", "READ*", "*_test.go", "*.", "[ab]", "[!s]rc"];

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub, 11)]
    [InlineData(CodeOwnersFlavor.GitLab, 12)]
    public void IndexedLookupEqualsTryingEveryRule(CodeOwnersFlavor flavor, int seed)
    {
        var random = new Random(seed);
        var compared = 0;
        var matched = 0;
        for (var set = 0; set < 150; set++)
        {
            var text = RandomFile(random, flavor, random.Next(1, 60));
            var file = Owners.Parse(text, flavor);
            for (var p = 0; p < 30; p++)
            {
                var path = RandomPath(random);
                var expected = Naive(file, path);
                var actual = file.Match(path);
                Assert.True(
                    expected.SequenceEqual(actual.Rules.Select(r => r.Line)),
                    $"{path}: expected lines {string.Join(',', expected)}, got {string.Join(',', actual.Rules.Select(r => r.Line))} from\n{text}");
                compared++;
                matched += expected.Count > 0 ? 1 : 0;
            }
        }

        // The generator must exercise both outcomes, or the comparison proves little.
        Assert.Equal(4500, compared);
        Assert.InRange(matched, 1000, 4000);
    }

    /// <summary>Lines of the winning rules: the last match of the file (GitHub) or of each section, unless an exclusion of that section matches: then its last matching exclusion (GitLab).</summary>
    private static List<int> Naive(CodeOwnersFile file, string path)
    {
        var winners = new Dictionary<string, int>();
        var excluded = new HashSet<string>();
        for (var i = 0; i < file.Rules.Count; i++)
        {
            var rule = file.Rules[i];
            var section = rule.Section?.ToUpperInvariant() ?? string.Empty;
            if (!file.RuleMatches(i, path) || (excluded.Contains(section) && !rule.Exclusion))
            {
                continue;
            }

            if (rule.Exclusion)
            {
                excluded.Add(section);
            }

            winners[section] = rule.Line;
        }

        return [.. winners.Values.Order()];
    }

    private static string RandomFile(Random random, CodeOwnersFlavor flavor, int rules)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rules; i++)
        {
            if (flavor == CodeOwnersFlavor.GitLab && random.Next(8) == 0)
            {
                text.Append(random.Next(2) == 0 ? "^" : string.Empty).Append("[Section ").Append(random.Next(4)).Append("] @default\n");
            }

            var exclusion = flavor == CodeOwnersFlavor.GitLab && random.Next(10) == 0 ? "!" : string.Empty;
            text.Append(exclusion).Append(RandomPattern(random, flavor)).Append(random.Next(6) == 0 ? string.Empty : " @owner" + i).Append('\n');
        }

        return text.ToString();
    }

    private static string RandomPattern(Random random, CodeOwnersFlavor flavor)
    {
        var segments = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
        {
            var glob = Globs[random.Next(flavor == CodeOwnersFlavor.GitHub ? Globs.Length - 2 : Globs.Length)];
            return random.Next(3) == 0 ? glob : Names[random.Next(Names.Length)];
        });
        return (random.Next(3) == 0 ? "/" : string.Empty) + string.Join('/', segments) + (random.Next(4) == 0 ? "/" : string.Empty);
    }

    private static string RandomPath(Random random) =>
        string.Join('/', Enumerable.Range(0, random.Next(1, 7)).Select(_ => Names[random.Next(Names.Length)]));
}
