using Sightline.Remediation.Patching;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.Diff;

/// <summary>Expected outputs are what `git diff --no-index` prints for the same texts.</summary>
public sealed class UnifiedDiffTests
{
    private const string Ten = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";

    [Fact]
    public void EqualTexts_GiveNoDiff() => Assert.Equal("", UnifiedDiff.Create("f", Ten, Ten));

    [Fact]
    public void InsertionAtFileStart_HasContextAfterOnly() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n", UnifiedDiff.Create("f", Ten, "0\n" + Ten));

    [Fact]
    public void DeletionAtFileEnd_HasContextBeforeOnly() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -7,4 +7,3 @@\n 7\n 8\n 9\n-10\n", UnifiedDiff.Create("f", Ten, "1\n2\n3\n4\n5\n6\n7\n8\n9\n"));

    [Fact]
    public void InsertionInTheMiddle_CountsOnlyTheNewSide() =>
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,6 +1,7 @@\n 1\n 2\n 3\n+new\n 4\n 5\n 6\n",
            UnifiedDiff.Create("f", "1\n2\n3\n4\n5\n6\n", "1\n2\n3\nnew\n4\n5\n6\n"));

    [Fact]
    public void DistantChanges_AreSeparateHunks()
    {
        var before = string.Concat(Enumerable.Range(1, 16).Select(i => $"{i}\n"));
        var after = before.Replace("\n2\n", "\nX\n", StringComparison.Ordinal).Replace("\n15\n", "\nY\n", StringComparison.Ordinal);

        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -12,5 +12,5 @@\n 12\n 13\n 14\n-15\n+Y\n 16\n",
            UnifiedDiff.Create("f", before, after));
    }

    [Fact]
    public void ChangesWithinTwiceTheContext_ShareOneHunk() =>
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,10 +1,10 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n",
            UnifiedDiff.Create("f", Ten, "1\n2\nX\n4\n5\n6\n7\n8\nY\n10\n"));

    [Fact]
    public void MissingFinalNewline_IsMarkedOnBothSides() =>
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
            UnifiedDiff.Create("f", "a\nb", "a\nc"));

    [Fact]
    public void AddingTheFinalNewline_IsAChange() =>
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
            UnifiedDiff.Create("f", "a\nb", "a\nb\n"));

    [Fact]
    public void EmptyToOneLine_NamesLineZero() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.Create("f", "", "a\n"));

    [Fact]
    public void OneLineToEmpty_NamesLineZero() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-a\n", UnifiedDiff.Create("f", "a\n", ""));

    [Fact]
    public void CrlfLines_KeepTheirCarriageReturn() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-a\r\n+b\r\n c\r\n", UnifiedDiff.Create("f", "a\r\nc\r\n", "b\r\nc\r\n"));

    [Fact]
    public void ZeroContext_ShowsOnlyTheChangedLines() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -5 +5 @@\n-5\n+five\n", UnifiedDiff.Create("f", Ten, Ten.Replace("\n5\n", "\nfive\n", StringComparison.Ordinal), 0));

    [Fact]
    public void ZeroContextInsertion_NamesTheLineBefore() =>
        Assert.Equal("--- a/f\n+++ b/f\n@@ -3,0 +4 @@\n+new\n", UnifiedDiff.Create("f", "1\n2\n3\n4\n", "1\n2\n3\nnew\n4\n", 0));

    [Fact]
    public void LargeRewrite_StaysBoundedAndComplete()
    {
        var before = string.Concat(Enumerable.Range(0, 3000).Select(i => $"a{i}\n"));
        var after = string.Concat(Enumerable.Range(0, 3000).Select(i => $"b{i}\n"));

        var diff = UnifiedDiff.Create("f", before, after);

        Assert.StartsWith("--- a/f\n+++ b/f\n@@ -1,3000 +1,3000 @@\n-a0\n", diff, StringComparison.Ordinal);
        Assert.Equal(6000, diff.Split('\n').Count(line => line.StartsWith('-') || line.StartsWith('+')) - 2);
    }
}
