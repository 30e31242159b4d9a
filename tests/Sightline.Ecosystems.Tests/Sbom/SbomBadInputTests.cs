using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Sbom;
using Xunit;
using static Sightline.Ecosystems.Tests.Sbom.SbomTestSupport;

namespace Sightline.Ecosystems.Tests.Sbom;

public class SbomBadInputTests
{
    private static string Cdx(string components, string dependencies, string version = "1.6") =>
        $$$"""
        {"bomFormat":"CycloneDX","specVersion":"{{{version}}}","metadata":{"component":{"bom-ref":"app","name":"app","version":"1.0.0"}},
         "components":[{{{components}}}],
         "dependencies":[{{{dependencies}}}]}
        """;

    private static string Npm(string reference, string name, string version = "1.0.0") =>
        $$"""{"bom-ref":"{{reference}}","name":"{{name}}","version":"{{version}}","purl":"pkg:npm/{{name}}@{{version}}"}""";

    [Fact]
    public void ClosedCycle_NothingEntersIt_CompletesAndHangsItsFirstMemberOffTheRoot()
    {
        var result = Inline("bom.json", Cdx(Npm("a", "a") + "," + Npm("b", "b"), """{"ref":"a","dependsOn":["b"]},{"ref":"b","dependsOn":["a"]}"""));

        Assert.Empty(result.Errors);
        Assert.Equal(["ROOT -> a@1.0.0", "a@1.0.0 -> b@1.0.0", "b@1.0.0 -> a@1.0.0"], Edges(Assert.Single(result.Graphs)));
    }

    [Fact]
    public void DuplicateBomRef_IsAWarning_TheFirstComponentWins()
    {
        var result = Inline("bom.json", Cdx(Npm("a", "first") + "," + Npm("a", "second"), """{"ref":"app","dependsOn":["a"]}"""));

        Assert.Equal("bom.json: duplicate reference 'a': the first component with it is kept, 'second' is ignored", Assert.Single(result.Errors).ToString());
        Assert.Equal(["ROOT -> first@1.0.0"], Edges(Assert.Single(result.Graphs)));
    }

    [Fact]
    public void DuplicateSpdxId_IsAWarning_TheFirstPackageWins()
    {
        const string Json = """
            {"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[
              {"SPDXID":"SPDXRef-x","name":"x","versionInfo":"1.0.0","externalRefs":[{"referenceType":"purl","referenceLocator":"pkg:cargo/x@1.0.0"}]},
              {"SPDXID":"SPDXRef-x","name":"y","versionInfo":"2.0.0","externalRefs":[{"referenceType":"purl","referenceLocator":"pkg:cargo/y@2.0.0"}]}]}
            """;

        var result = Inline("x.spdx.json", Json);

        Assert.Equal("x.spdx.json: duplicate reference 'SPDXRef-x': the first component with it is kept, 'y' is ignored", Assert.Single(result.Errors).ToString());
        Assert.Equal(["x@1.0.0"], Packages(Assert.Single(result.Graphs)));
    }

    [Fact]
    public void DependsOnAMissingRef_IsAnError_TheEdgeIsSkipped_TheRestIsRead()
    {
        var result = Inline("bom.json", Cdx(Npm("a", "a"), """{"ref":"app","dependsOn":["a","ghost"]},{"ref":"nobody","dependsOn":["a"]}"""));

        Assert.Equal(
            ["bom.json: dependency app → ghost names 'ghost', which the SBOM does not list; edge skipped", "bom.json: dependency nobody → a names 'nobody', which the SBOM does not list; edge skipped"],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(["ROOT -> a@1.0.0"], Edges(Assert.Single(result.Graphs)));
    }

    [Fact]
    public void MalformedJson_IsAnErrorWithItsLine()
    {
        var result = Inline("bom.json", "{\n\"bomFormat\": \"CycloneDX\",\n\"specVersion\": \"1.6\",\n\"components\": [ {\"name\": } ]\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("bom.json", 4L), (error.File, error.Line));
        Assert.StartsWith("invalid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Graphs);
    }

    [Fact]
    public void FileOverTheSizeCap_IsRefusedBeforeParsing()
    {
        var json = Cdx(string.Join(',', Enumerable.Range(0, 100).Select(i => Npm("r" + i, "p" + i))), string.Empty);
        var repository = new InMemoryRepository().Add("bom.json", json);

        var result = Extract(repository, new SbomExtractor(maxBytes: 4096));

        var error = Assert.Single(result.Errors);
        Assert.Equal($"bom.json: SBOM is larger than the 4,096-byte limit (at least {json.Length:N0} bytes); not read", error.ToString());
        Assert.Empty(result.Graphs);
        Assert.Equal(128L * 1024 * 1024, SbomExtractor.DefaultMaxBytes);
    }

    [Theory]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.3","components":[]}""", "bom.json: CycloneDX 1.3 is not supported: Sightline reads CycloneDX 1.4, 1.5 and 1.6 (1.7 with a warning)")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.0"}""", "bom.json: CycloneDX 1.0 is not supported: Sightline reads CycloneDX 1.4, 1.5 and 1.6 (1.7 with a warning)")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"2.0"}""", "bom.json: CycloneDX 2.0 is not supported: Sightline reads CycloneDX 1.4, 1.5 and 1.6 (1.7 with a warning)")]
    [InlineData("""{"bomFormat":"CycloneDX"}""", "bom.json: CycloneDX document has no specVersion")]
    [InlineData("""{"spdxVersion":"SPDX-2.1","packages":[]}""", "bom.json: SPDX 2.1 is not supported: Sightline reads SPDX 2.2 and 2.3 JSON")]
    [InlineData("""{"spdxVersion":"SPDX-3.0"}""", "bom.json: SPDX 3.0 is not supported: Sightline reads SPDX 2.2 and 2.3 JSON")]
    [InlineData("""{"name":"not-an-sbom","version":"1.0.0"}""", "bom.json: not a CycloneDX (bomFormat) or SPDX (spdxVersion) JSON document")]
    [InlineData("""[1, 2]""", "bom.json:1:1: an SBOM must be a JSON object")]
    public void UnsupportedOrForeignDocument_IsAClearError(string json, string expected)
    {
        var result = Inline("bom.json", json);

        Assert.Equal(expected, Assert.Single(result.Errors).ToString());
        Assert.Empty(result.Graphs);
    }

    [Fact]
    public void OnlyComponentsOutsideSightlinesEcosystems_AreReportedAsWarnings_NotDropped()
    {
        var result = Inline("bom.json", Cdx("""{"bom-ref":"o","name":"openssl","version":"3.0.11","purl":"pkg:apk/alpine/openssl@3.0.11"},{"name":"blob"}""", string.Empty));

        Assert.Empty(result.Graphs);
        Assert.Equal(
            ["bom.json: component 'alpine/openssl' not read: purl type 'apk' is not an ecosystem Sightline indexes (pkg:apk/alpine/openssl@3.0.11)", "bom.json: component 'blob' not read: SBOM component has no purl"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void UnparsablePurl_IsUnresolvedWithTheReason()
    {
        var result = Inline("bom.json", Cdx(Npm("a", "a") + """,{"bom-ref":"b","name":"b","version":"1","purl":"npm:b@1"}""", string.Empty));

        Assert.Equal([new UnresolvedDependency("b", "1", "purl 'npm:b@1' cannot be parsed")], Assert.Single(result.Graphs).Unresolved);
    }
}
