using Sightline.Core.Model;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.Diff;

public sealed class PatchersTests
{
    [Theory]
    [InlineData(Ecosystem.Npm, "web/package.json", "npm")]
    [InlineData(Ecosystem.NuGet, "src/App/App.csproj", "nuget-csproj")]
    [InlineData(Ecosystem.NuGet, "src/App/App.fsproj", "nuget-csproj")]
    [InlineData(Ecosystem.NuGet, "Directory.Packages.props", "nuget-csproj")]
    [InlineData(Ecosystem.NuGet, "Directory.Build.props", "nuget-csproj")]
    [InlineData(Ecosystem.NuGet, "src/App/packages.config", "nuget-packages-config")]
    [InlineData(Ecosystem.Maven, "core/pom.xml", "maven")]
    [InlineData(Ecosystem.Maven, "app/build.gradle", "gradle")]
    [InlineData(Ecosystem.Maven, "app/build.gradle.kts", "gradle")]
    [InlineData(Ecosystem.Maven, "gradle/dependencies.gradle", "gradle")]
    [InlineData(Ecosystem.Maven, "gradle/libs.versions.toml", "gradle-catalog")]
    [InlineData(Ecosystem.Maven, "gradle.properties", "gradle-properties")]
    public void For_PicksThePatcherByEcosystemAndFileName(Ecosystem ecosystem, string path, string id) =>
        Assert.Equal(id, Patchers.For(ecosystem, path)?.Id);

    [Theory]
    [InlineData(Ecosystem.Npm, "package-lock.json")]
    [InlineData(Ecosystem.NuGet, "packages.lock.json")]
    [InlineData(Ecosystem.Maven, "settings.gradle")]
    [InlineData(Ecosystem.NuGet, "package.json")]
    public void For_IsNullForFilesNoPatcherEdits(Ecosystem ecosystem, string path) => Assert.Null(Patchers.For(ecosystem, path));

    [Fact]
    public void Ids_AreDistinct() => Assert.Equal(Patchers.All.Count, Patchers.All.Select(patcher => patcher.Id).Distinct().Count());

    /// <summary>Every prefix of a real manifest is patched or refused with a problem: never an exception.</summary>
    [Theory]
    [InlineData("web/package.json", "npm", "snyk-labs__nodejs-goof@a6a04d7bffd2", "package.json")]
    [InlineData("Directory.Packages.props", "nuget", "dotnet__eShop", "Directory.Packages.props")]
    [InlineData("pom.xml", "maven", "spring-projects__spring-petclinic", "pom.xml")]
    [InlineData("build.gradle", "gradle", "christophetd__log4shell-vulnerable-app", "build.gradle")]
    [InlineData("gradle/libs.versions.toml", "gradle", "square__okhttp", "gradle", "libs.versions.toml")]
    public void TruncatedManifests_NeverThrow(string path, params string[] real)
    {
        var text = Real(real);
        var patcher = Patchers.All.First(candidate => candidate.Handles(path));
        for (var length = 0; length <= text.Length; length += 7)
        {
            var prefix = text[..length];
            foreach (var kind in new[] { PatchKind.Bump, PatchKind.Pin })
            {
                var result = patcher.Patch(path, prefix, new PatchRequest("org.apache.logging.log4j:log4j-core", null, "2.17.1", kind));
                Assert.True(result.NewText is not null || result.Problem is not null || result.Changes.Count == 0);
            }

            Assert.NotNull(patcher.PatchProperty(path, prefix, "AspireVersion", "13.1.2"));
        }
    }
}
