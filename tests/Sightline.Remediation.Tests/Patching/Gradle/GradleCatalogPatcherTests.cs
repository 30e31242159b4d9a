using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.Gradle;

public sealed class GradleCatalogPatcherTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.Maven, "gradle/libs.versions.toml")!;

    [Fact]
    public void VersionRef_EditsTheVersionsEntry_AndSaysWhatMovesWithIt()
    {
        var before = Real("gradle", "square__okhttp", "gradle", "libs.versions.toml");

        var result = Patcher.Patch("gradle/libs.versions.toml", before, new PatchRequest("com.squareup.okio:okio", "3.18.0", "3.19.0", PatchKind.Bump));

        DiffIs("""
            --- a/gradle/libs.versions.toml
            +++ b/gradle/libs.versions.toml
            @@ -56,7 +56,7 @@
             spotless-plugin = "8.8.0"
             square-kotlin-poet = "2.3.0"
             square-moshi = "1.15.2"
            -square-okio = "3.18.0"
            +square-okio = "3.19.0"
             square-retrofit = "3.0.0"
             startup-runtime = "1.2.0"
             testcontainers = "1.21.4"

            """, "gradle/libs.versions.toml", before, Patched(result));
        Assert.Equal(
            ["gradle/libs.versions.toml: versions.square-okio 3.18.0 → 3.19.0", "gradle/libs.versions.toml: versions.square-okio is shared: square-okio-fakefilesystem move with it"],
            result.Changes);
    }

    [Fact]
    public void GroupAndName_WithVersionRef_AreMatched()
    {
        var before = Real("gradle", "android__nowinandroid", "gradle", "libs.versions.toml");

        var after = Patched(Patcher.Patch("gradle/libs.versions.toml", before, new PatchRequest("com.google.accompanist:accompanist-permissions", "0.37.0", "0.37.3", PatchKind.Bump)));

        Assert.Equal(before.Replace("accompanist = \"0.37.0\"", "accompanist = \"0.37.3\"", StringComparison.Ordinal), after);
    }

    [Fact]
    public void InlineForms_AreEdited_AndBomManagedOnesRefused()
    {
        const string Before = "[versions]\r\nguava = { strictly = \"31.0-jre\" }\r\n\r\n[libraries]\r\n# inline module notation\r\njackson = \"com.fasterxml.jackson.core:jackson-databind:2.9.8\"\r\nguava = { module = \"com.google.guava:guava\", version.ref = \"guava\" }\r\nsnake = { group = \"org.yaml\", name = \"snakeyaml\", version = \"1.33\" }\r\ncompose = { module = \"androidx.compose.ui:ui\" }\r\n";

        var jackson = Patched(Patcher.Patch("gradle/libs.versions.toml", Before, new PatchRequest("com.fasterxml.jackson.core:jackson-databind", null, "2.9.10.8", PatchKind.Bump)));
        var guava = Patched(Patcher.Patch("gradle/libs.versions.toml", Before, new PatchRequest("com.google.guava:guava", null, "32.0.0-jre", PatchKind.Pin)));
        var snake = Patched(Patcher.Patch("gradle/libs.versions.toml", Before, new PatchRequest("org.yaml:snakeyaml", null, "2.0", PatchKind.Bump)));
        var compose = Patcher.Patch("gradle/libs.versions.toml", Before, new PatchRequest("androidx.compose.ui:ui", null, "2.0", PatchKind.Bump));

        Assert.Equal(Before.Replace("jackson-databind:2.9.8", "jackson-databind:2.9.10.8", StringComparison.Ordinal), jackson);
        Assert.Equal(Before.Replace("strictly = \"31.0-jre\"", "strictly = \"32.0.0-jre\"", StringComparison.Ordinal), guava);
        Assert.Equal(Before.Replace("version = \"1.33\"", "version = \"2.0\"", StringComparison.Ordinal), snake);
        Assert.Equal("gradle/libs.versions.toml: libraries.compose has no version (a platform or BOM manages it)", compose.Problem);
    }

    [Fact]
    public void PatchProperty_SetsAVersionsEntry()
    {
        var before = Real("gradle", "square__okhttp", "gradle", "libs.versions.toml");

        var result = Patcher.PatchProperty("gradle/libs.versions.toml", before, "coroutines", "1.11.1");
        var missing = Patcher.PatchProperty("gradle/libs.versions.toml", before, "nope", "1.0");

        Assert.Equal(before.Replace("coroutines = \"1.11.0\"", "coroutines = \"1.11.1\"", StringComparison.Ordinal), Patched(result));
        Assert.Equal("gradle/libs.versions.toml: versions.nope is not defined here", missing.Problem);
    }

    [Fact]
    public void GradleProperties_AreSetWithPatchProperty()
    {
        var patcher = Patchers.For(Core.Model.Ecosystem.Maven, "gradle.properties")!;
        const string Before = "# versions\r\norg.gradle.jvmargs=-Xmx2g\r\nspringVersion = 5.3.0\r\n";

        var result = patcher.PatchProperty("gradle.properties", Before, "springVersion", "5.3.39");

        Assert.Equal("# versions\r\norg.gradle.jvmargs=-Xmx2g\r\nspringVersion = 5.3.39\r\n", Patched(result));
        Assert.Equal("gradle.properties: nope is not defined here", patcher.PatchProperty("gradle.properties", Before, "nope", "1").Problem);
    }
}
