using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>Plans on awkward fleets: a cycle among internal libraries, no fixed version known, a manifest the patcher must not touch.</summary>
public class PlanBadInputTests
{
    private static string Package(string name, string dependency, string spec) =>
        $$"""{ "name": "{{name}}", "version": "1.0.0", "dependencies": { "{{dependency}}": "{{spec}}" } }""";

    /// <summary>A lockfile: the project on <paramref name="dependency"/>, which (when it is not lodash itself) brings lodash 4.17.15.</summary>
    private static string Lock(string name, string dependency, string version, string? resolved = null)
    {
        var through = dependency == "lodash" ? string.Empty : """
            , "node_modules/lodash": { "version": "4.17.15", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz" }
            """;
        var requires = dependency == "lodash" ? string.Empty : """, "dependencies": { "lodash": "4.17.15" }""";
        return $$"""
            { "name": "{{name}}", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
              "": { "name": "{{name}}", "version": "1.0.0", "dependencies": { "{{dependency}}": "{{version}}" } },
              "node_modules/{{dependency}}": { "version": "{{version}}", "resolved": "{{resolved ?? $"https://npm.example/{dependency}.tgz"}}"{{requires}} }{{through}}
            } }
            """;
    }

    [Fact]
    public async Task CycleAmongInternalLibraries_IsReported_AndTheRestPlanned()
    {
        using var temp = new TempFolder();
        temp.Write("fleet/lib-a/package.json", Package("@x/a", "@x/b", "1.0.0"));
        temp.Write("fleet/lib-a/package-lock.json", Lock("@x/a", "@x/b", "1.0.0"));
        temp.Write("fleet/lib-b/package.json", Package("@x/b", "@x/a", "1.0.0"));
        temp.Write("fleet/lib-b/package-lock.json", Lock("@x/b", "@x/a", "1.0.0"));
        temp.Write("fleet/app/package.json", Package("app", "lodash", "4.17.15"));
        temp.Write("fleet/app/package-lock.json", Lock("app", "lodash", "4.17.15"));
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "fleet"));
        await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"));

        var run = await CliRun.RunAsync(temp.Database, "plan", "GHSA-35jh-r3h4-6jhm", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var problems = run.Json.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("cycle among internal libraries: lib-a -> lib-b -> lib-a", StringComparison.Ordinal));
        var steps = run.Json.GetProperty("releases").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("bump:app:package.json:lodash", steps);
    }

    [Fact]
    public async Task NoFixedVersion_IsSaidWithTheAdvisory()
    {
        using var temp = new TempFolder();
        temp.Write("fleet/app/package.json", Package("app", "left-pad", "1.3.0"));
        temp.Write("fleet/app/package-lock.json", Lock("app", "left-pad", "1.3.0"));
        var osv = temp.Write("advisories/TEST-2026-0001.json", """
            { "id": "TEST-2026-0001", "modified": "2026-11-01T00:00:00Z", "summary": "left-pad pads too much",
              "affected": [ { "package": { "ecosystem": "npm", "name": "left-pad" },
                "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "0" } ] } ] } ] }
            """);
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "fleet"));
        await CliRun.RunAsync(temp.Database, "advisories", "import", osv);

        var run = await CliRun.RunAsync(temp.Database, "plan", "TEST-2026-0001", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var target = Assert.Single(run.Json.GetProperty("targets").EnumerateArray());
        Assert.False(target.TryGetProperty("targetVersion", out var version) && version.ValueKind != JsonValueKind.Null);
        Assert.Contains("TEST-2026-0001", target.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(run.Json.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("app package.json: left-pad 1.3.0: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitDependency_IsLeftAloneAndReported()
    {
        using var temp = new TempFolder();
        temp.Write("fleet/app/package.json", Package("app", "lodash", "github:lodash/lodash#4.17.15"));
        temp.Write("fleet/app/package-lock.json", Lock("app", "lodash", "4.17.15", "git+ssh://git@github.com/lodash/lodash.git#abc"));
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "fleet"));
        await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"));

        var run = await CliRun.RunAsync(temp.Database, "fix", "GHSA-35jh-r3h4-6jhm", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var app = Assert.Single(run.Json.GetProperty("repositories").EnumerateArray());
        Assert.Empty(app.GetProperty("files").EnumerateArray());
        Assert.Contains(app.GetProperty("refused").EnumerateArray(), r => r.GetString()!.Contains("bump lodash 4.17.15 -> 4.17.21", StringComparison.Ordinal));
    }
}
