using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Scip.Tests;

/// <summary>Precision and recall against every labelled call site of the real fixtures (testdata/expected.tsv).</summary>
public sealed class LabelledCallsTests
{
    [Fact]
    public void Calls_of_real_indexes_match_the_labelled_set_exactly()
    {
        var expected = File.ReadAllLines(TestPaths.TestData(Analysis.Project, "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var actual = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fixture in new[] { "greeter-ts", "fixtureapp-py" })
        {
            foreach (var file in Analysis.Folder(fixture))
            {
                foreach (var call in file.Calls)
                {
                    actual.Add(string.Join('\t', fixture + "/" + file.Path, call.Line, call.Column, call.Caller, call.Kind, call.Callee));
                }
            }
        }

        var found = actual.Count(expected.Contains);
        var precision = actual.Count == 0 ? 0 : (double)found / actual.Count;
        var recall = (double)found / expected.Count;
        Assert.True(precision == 1 && recall == 1,
            $"precision {precision:P1}, recall {recall:P1}\nunexpected:\n{string.Join('\n', actual.Except(expected))}\nmissing:\n{string.Join('\n', expected.Except(actual))}");
    }
}
