using Xunit;

namespace Sightline.Cli.Tests;

public class MavenOptionsTests
{
    private static string Pom(string group, string artifact, string version, string dependencies = "") => $"""
        <project><modelVersion>4.0.0</modelVersion><groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version>
        <dependencies>{dependencies}</dependencies></project>
        """;

    private static string Dependency(string group, string artifact, string version) =>
        $"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version></dependency>";

    [Fact]
    public async Task MavenLocal_GivesTheTransitiveDependenciesOfALibrary()
    {
        using var temp = new TempFolder();
        var service = temp.Write("fleet/svc/pom.xml", Pom("com.example", "svc", "1.0", Dependency("com.example", "lib", "1.0")));
        temp.Write("m2/com/example/lib/1.0/lib-1.0.pom", Pom("com.example", "lib", "1.0", Dependency("org.yaml", "snakeyaml", "1.33")));
        var folder = Path.GetDirectoryName(service)!;

        await CliRun.RunAsync(temp.Database, "index", folder, "--as-repo", "svc");
        var without = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "org.yaml:snakeyaml", "--format", "json");
        await CliRun.RunAsync(temp.Database, "index", folder, "--as-repo", "svc", "--force", "--maven-local", Path.Combine(temp.Path, "m2"));
        var with = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "org.yaml:snakeyaml", "--format", "json");

        Assert.Empty(without.Json.GetProperty("uses").EnumerateArray());
        var use = Assert.Single(with.Json.GetProperty("uses").EnumerateArray());
        Assert.Equal("1.33", use.GetProperty("version").GetString());
        Assert.Equal(["com.example:lib@1.0", "org.yaml:snakeyaml@1.33"], use.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("--maven-remote", "ftp://mirror.example/maven2")]
    [InlineData("--maven-local", "/no/such/folder")]
    public async Task BadMavenOption_IsAUsageError(string option, string value)
    {
        using var temp = new TempFolder();
        var folder = Path.GetDirectoryName(temp.Write("svc/pom.xml", Pom("com.example", "svc", "1.0")))!;

        var run = await CliRun.RunAsync(temp.Database, "index", folder, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }
}
