using Sightline.Advisories.Osv;
using Xunit;

namespace Sightline.Advisories.Tests.Osv;

public class OsvSourceTests
{
    [Fact]
    public void Folder_IsWalkedRecursively_AndNonAdvisoryFilesAreSkippedQuietly()
    {
        using var temp = new TempDir();
        temp.Write("advisories/github-reviewed/2024/01/GHSA-a/GHSA-a.json", OsvFixtures.Record("GHSA-a", "2024-01-01T00:00:00Z"));
        temp.Write("vulns/pkg/PYSEC-1.yaml", "id: PYSEC-1\nmodified: 2024-01-01T00:00:00Z\n");
        temp.Write("LICENSE", "MIT");
        temp.Write("MANIFEST.tsv", "a\tb");
        temp.Write("README.md", "# hi");
        temp.Write("NOTICES", "x");
        var report = new OsvReadReport();

        var ids = new OsvSource().Read(temp.Path, report).Select(a => a.Id).ToList();

        Assert.Equal(["GHSA-a", "PYSEC-1"], ids.Order());
        Assert.Empty(report.Problems);
        Assert.Equal(2, report.FilesRead);
        Assert.Equal(4, report.Skipped);
    }

    [Fact]
    public void OneBadFile_DoesNotStopTheOthers_AndIsNamedWithItsLine()
    {
        using var temp = new TempDir();
        temp.Write("a/GO-1.json", OsvFixtures.Record("GO-1", "2024-01-01T00:00:00Z"));
        var bad = temp.Write("b/GO-2.json", "{\n  \"id\": \"GO-2\",\n  oops\n}");
        temp.Write("c/GO-3.json", OsvFixtures.Record("GO-3", "2024-01-01T00:00:00Z"));
        var report = new OsvReadReport();

        var ids = new OsvSource().Read(temp.Path, report).Select(a => a.Id).ToList();

        Assert.Equal(["GO-1", "GO-3"], ids);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(bad, problem.File);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith(bad + ":3:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_IsReadEntryByEntry()
    {
        using var temp = new TempDir();
        var zip = OsvFixtures.Zip(Path.Combine(temp.Path, "all.zip"),
            ("GHSA-a.json", OsvFixtures.Utf8(OsvFixtures.Record("GHSA-a", "2024-01-01T00:00:00Z"))),
            ("GHSA-b.json", OsvFixtures.Utf8(OsvFixtures.Record("GHSA-b", "2024-01-01T00:00:00Z"))));
        var report = new OsvReadReport();

        var ids = new OsvSource().Read(zip, report).Select(a => a.Id).ToList();

        Assert.Equal(["GHSA-a", "GHSA-b"], ids);
        Assert.Empty(report.Problems);
    }

    [Theory]
    [InlineData("../evil.json", "escapes the archive")]
    [InlineData("/etc/evil.json", "escapes the archive")]
    [InlineData("C:/evil.json", "escapes the archive")]
    [InlineData("a/../../evil.json", "escapes the archive")]
    [InlineData("inner.zip", "nested zip")]
    public void HostileZipEntry_IsRefused_AndTheOtherEntriesAreRead(string entry, string reason)
    {
        using var temp = new TempDir();
        var zip = OsvFixtures.Zip(Path.Combine(temp.Path, "all.zip"),
            (entry, OsvFixtures.Utf8(OsvFixtures.Record("EVIL-1", "2024-01-01T00:00:00Z"))),
            ("GHSA-ok.json", OsvFixtures.Utf8(OsvFixtures.Record("GHSA-ok", "2024-01-01T00:00:00Z"))));
        var report = new OsvReadReport();

        var ids = new OsvSource().Read(zip, report).Select(a => a.Id).ToList();

        Assert.Equal(["GHSA-ok"], ids);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(zip + "!" + entry, problem.File);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBomb_IsRefused()
    {
        using var temp = new TempDir();
        // 100 MB of zeros deflates to about 100 KB: a 1000:1 ratio.
        var zip = OsvFixtures.Zip(Path.Combine(temp.Path, "all.zip"), ("bomb.json", new byte[100 * 1024 * 1024]));
        var report = new OsvReadReport();

        var read = new OsvSource().Read(zip, report).ToList();

        Assert.Empty(read);
        Assert.True(new FileInfo(zip).Length < 1024 * 1024);
        Assert.Contains("zip bomb", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipEntryExpandingPastTheRatio_IsRefusedEvenUnderTheSizeLimit()
    {
        using var temp = new TempDir();
        var zip = OsvFixtures.Zip(Path.Combine(temp.Path, "all.zip"), ("zeros.json", new byte[10 * 1024 * 1024]));
        var report = new OsvReadReport();

        Assert.Empty(new OsvSource().Read(zip, report));
        Assert.Contains("compression ratio", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAZip_IsAProblem()
    {
        using var temp = new TempDir();
        var zip = temp.Write("all.zip", "this is not a zip");
        var report = new OsvReadReport();

        Assert.Empty(new OsvSource().Read(zip, report));
        Assert.StartsWith("cannot read the zip", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPath_IsAProblem()
    {
        var report = new OsvReadReport();

        Assert.Empty(new OsvSource().Read("/no/such/osv", report));
        Assert.Equal("no such file or folder", Assert.Single(report.Problems).Message);
    }
}
