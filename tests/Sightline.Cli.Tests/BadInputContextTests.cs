using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>Hostile ownership and deployment files: each reported with its file (and line), the rest of the fleet indexed.</summary>
public class BadInputContextTests
{
    [Fact]
    public async Task YamlBombAndMalformedCodeOwners_AreReported_AndTheFleetStillKnowsItsServices()
    {
        using var temp = new TempFolder();
        var laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"));
        temp.Write("fleet/hostile/catalog-info.yaml", laughs);
        temp.Write("fleet/hostile/CODEOWNERS", "*  @acme/ok\n!/secret/  @acme/nope\n/x/ not-an-owner\n");
        temp.Write("fleet/hostile/package.json", """{ "name": "hostile", "version": "1.0.0" }""");
        temp.Write("fleet/good/package.json", """{ "name": "good", "version": "1.0.0" }""");
        temp.Write("fleet/good/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: good\nspec:\n  type: service\n  owner: team-good\n  lifecycle: production\n");
        temp.Write("fleet/gitops/prod/good.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: good\n  namespace: prod\nspec:\n  template:\n    spec:\n      containers:\n        - name: good\n          image: ghcr.io/acme/good:1\n");
        temp.Write("fleet/gitops/sightline.yaml", "environments:\n  production: [prod]\n");

        var index = await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "fleet"), "--format", "json");

        // Exit 2: files could not be used; every repository is still indexed.
        Assert.True(index.ExitCode == 2, index.ToString());
        Assert.Equal(3, index.Json.GetProperty("indexed").GetInt32());
        var problems = index.Json.GetProperty("repositories").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "hostile")
            .GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("file").GetString()}:{(p.TryGetProperty("line", out var l) && l.ValueKind == System.Text.Json.JsonValueKind.Number ? l.GetInt64() : 0)} {p.GetProperty("message").GetString()}").ToList();
        Assert.Contains(problems, p => p.StartsWith("catalog-info.yaml:", StringComparison.Ordinal) && p.Contains("alias", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(problems, p => p.StartsWith("CODEOWNERS:2 ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CODEOWNERS:3 ", StringComparison.Ordinal));

        var owners = await CliRun.RunAsync(temp.Database, "owners", "hostile", "x/file.txt", "--format", "json");
        Assert.Equal(["@acme/ok"], owners.Json.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var services = await CliRun.RunAsync(temp.Database, "services", "--env", "production", "--format", "json");
        var good = Assert.Single(services.Json.GetProperty("services").EnumerateArray());
        Assert.Equal("good", good.GetProperty("repository").GetString());
    }
}
