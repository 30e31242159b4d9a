using System.Globalization;
using Sightline.Core.Code;
using Sightline.Core.Repositories;
using Sightline.Tests;

namespace Sightline.Analysis.CSharp.Tests;

/// <summary>
/// The labelled solution (testdata/shop): every call site and entry point written down by hand in
/// expected-calls.tsv and expected-entries.tsv; the analyser must find exactly those.
/// </summary>
public sealed class LabelledSetTests(AcmePackageFixture acme) : IClassFixture<AcmePackageFixture>
{
    private static readonly string Root = TestPaths.TestData("Sightline.Analysis.CSharp.Tests", "shop");

    [Fact]
    public void Calls_MatchTheLabelledSet_WithFullPrecisionAndRecall()
    {
        var actual = Analyse().SelectMany(f => f.Calls.Select(c => Format(f.Path, c))).ToHashSet(StringComparer.Ordinal);
        AssertPrecisionAndRecall(Expected("expected-calls.tsv"), actual);
    }

    [Fact]
    public void EntryPoints_MatchTheLabelledSet_WithFullPrecisionAndRecall()
    {
        var actual = Analyse()
            .SelectMany(f => f.Definitions.Where(d => d.Entry != EntryPointKind.None).Select(d => $"{f.Path}\t{d.Id}\t{d.Entry}"))
            .ToHashSet(StringComparer.Ordinal);
        AssertPrecisionAndRecall(Expected("expected-entries.tsv"), actual);
    }

    [Fact]
    public void TestProjectFiles_AreTestCode_AndNoOtherFileIs()
    {
        var tests = Analyse().Where(f => f.IsTest).Select(f => f.Path);
        Assert.Equal(["Shop.Tests/OrderStoreTests.cs"], tests);
    }

    private IReadOnlyList<FileAnalysis> Analyse() =>
        Analysis.Run(new FileSystemRepository(Root), new CSharpAnalyserOptions { PackageFolder = acme.Folder });

    private static string Format(string path, CodeCall call) =>
        string.Join('\t', path, call.Line.ToString(CultureInfo.InvariantCulture), call.Column.ToString(CultureInfo.InvariantCulture), call.Caller ?? "-", call.Kind.ToString(), call.Callee ?? string.Join('|', call.Candidates), call.Text);

    private static HashSet<string> Expected(string name) =>
        File.ReadLines(Path.Combine(Root, "..", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    private static void AssertPrecisionAndRecall(HashSet<string> expected, HashSet<string> actual)
    {
        var found = actual.Count(expected.Contains);
        var precision = actual.Count == 0 ? 1.0 : (double)found / actual.Count;
        var recall = expected.Count == 0 ? 1.0 : (double)found / expected.Count;
        var missing = expected.Where(e => !actual.Contains(e)).Order(StringComparer.Ordinal);
        var unexpected = actual.Where(a => !expected.Contains(a)).Order(StringComparer.Ordinal);
        Assert.True(
            precision == 1.0 && recall == 1.0,
            $"precision {precision:P1}, recall {recall:P1}\nmissing:\n{string.Join('\n', missing)}\nunexpected:\n{string.Join('\n', unexpected)}");
    }
}
