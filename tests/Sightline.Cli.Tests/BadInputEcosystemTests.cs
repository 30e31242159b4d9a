using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>
/// Broken and hostile files of every issue-4 ecosystem in one fleet: each is an error naming its file,
/// and every good repository is indexed.
/// </summary>
public class BadInputEcosystemTests
{
    private static readonly (string Path, string Content, string Expected)[] BadFiles =
    [
        ("xxe/pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<project><groupId>&x;</groupId></project>\n", "[xxe] pom.xml"),
        ("parent-cycle/pom.xml", Pom("com.x", "a", "1", "<parent><groupId>com.x</groupId><artifactId>b</artifactId><version>1</version><relativePath>b/pom.xml</relativePath></parent>"), "[parent-cycle]"),
        ("property-cycle/pom.xml", Pom("com.x", "p", "1", "<properties><a>${b}</a><b>${a}</b></properties><dependencies><dependency><groupId>com.x</groupId><artifactId>d</artifactId><version>${a}</version></dependency></dependencies>"), "[property-cycle] pom.xml"),
        ("gomod/go.mod", "module example.com/m\n\ngo 1.21\n\nrequire (\n\texample.com/a v1.0.0\n\tnot a requirement at all\n)\n", "[gomod] go.mod:7"),
        ("cargo/Cargo.lock", "version = 3\n\n[[package]]\nname = \"a\"\nversion = \n", "[cargo] Cargo.lock:5"),
        ("poetry/poetry.lock", "[[package]]\nname = \"a\"\nversion = \"1.0\"\n[metadata\n", "[poetry] poetry.lock:4"),
        ("gems/Gemfile.lock", "    rack (2.2.6)\n", "[gems] Gemfile.lock:1"),
        ("composer/composer.lock", "{\n  \"packages\": [\n    { \"name\": \"a/b\", \"version\": \"1.0\" ]\n}\n", "[composer] composer.lock:3"),
    ];

    private static string Pom(string group, string artifact, string version, string body) =>
        $"<project><modelVersion>4.0.0</modelVersion><groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version>{body}</project>";

    private static string WriteFleet(TempFolder temp)
    {
        var fleet = Fixtures.WriteFleet(temp);
        temp.Write("fleet/parent-cycle/b/pom.xml", Pom("com.x", "b", "1", "<parent><groupId>com.x</groupId><artifactId>a</artifactId><version>1</version><relativePath>../pom.xml</relativePath></parent>"));
        foreach (var (path, content, _) in BadFiles)
        {
            temp.Write("fleet/" + path, content);
        }

        return fleet;
    }

    [Fact]
    public async Task EveryBrokenFile_IsNamedInItsError_AndTheGoodRepositoriesAreIndexed()
    {
        using var temp = new TempFolder();

        var index = await CliRun.RunAsync(temp.Database, "index", WriteFleet(temp));
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");

        Assert.Equal(2, index.ExitCode);
        foreach (var (_, _, expected) in BadFiles)
        {
            Assert.Contains(expected, index.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("root:", index.Error, StringComparison.Ordinal);
        Assert.Contains("cycle", index.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, who.Json.GetProperty("uses").GetArrayLength());
    }

    [Fact]
    public async Task GoSumOverTheSizeLimit_IsReportedUnderItsOwnName_AndGoModStillIndexes()
    {
        using var temp = new TempFolder();
        temp.Write("svc/go.mod", "module example.com/svc\n\ngo 1.21\n\nrequire golang.org/x/net v0.15.0\n");
        temp.Write("svc/go.sum", string.Concat(Enumerable.Repeat("example.com/filler v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", 40_000)));

        var index = await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "svc"), "--as-repo", "svc", "--max-file-size", "1");
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "golang.org/x/net", "--format", "json");

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("[svc] go.sum: file is 2 MiB, over the 1 MiB limit", index.Error, StringComparison.Ordinal);
        Assert.Equal("v0.15.0", Assert.Single(who.Json.GetProperty("uses").EnumerateArray()).GetProperty("version").GetString());
    }
}
