using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

public class ScipReachabilityTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RepositoryWithIndexScip_VerdictComesFromTheIndex(bool uploaded)
    {
        using var temp = new TempFolder();
        var fixture = Path.Combine(TestPaths.RepositoryRoot, "tests", "Sightline.Analysis.Scip.Tests", "testdata", "greeter-ts");
        var repository = Path.Combine(temp.Path, "greeter");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories).Where(f => !uploaded || !f.EndsWith(".scip", StringComparison.Ordinal)))
        {
            var target = Path.Combine(repository, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        temp.Write("greeter/package-lock.json", """
            {"name": "greeter", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
              "": {"name": "greeter", "version": "1.0.0", "dependencies": {"lodash": "4.17.21"}},
              "node_modules/lodash": {"version": "4.17.21"}}}
            """);
        var pattern = temp.Write("pattern.json", """
            {"id": "TEST-SCIP-1", "modified": "2025-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "lodash"},
             "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}],
             "ecosystem_specific": {"imports": [{"path": "lodash", "symbols": ["template"]}]}}]}
            """);

        var index = uploaded
            ? await CliRun.RunAsync(temp.Database, "index", repository, "--as-repo", "greeter", "--scip", Path.Combine(fixture, "index.scip"))
            : await CliRun.RunAsync(temp.Database, "index", repository, "--as-repo", "greeter");
        var exposure = await CliRun.RunAsync(temp.Database, "exposure", "--pattern", pattern, "--format", "json");

        Assert.True(index.ExitCode == 0, index.ToString());
        var verdict = Assert.Single(exposure.Json.GetProperty("findings").EnumerateArray()).GetProperty("reachability");
        Assert.Equal("scip-typescript", verdict.GetProperty("analyser").GetString());
        var last = verdict.GetProperty("trace").EnumerateArray().Last();
        Assert.Equal(("src/render.ts", 4, "lodash.template"), (last.GetProperty("file").GetString(), last.GetProperty("line").GetInt32(), last.GetProperty("callee").GetString()));
    }
}
