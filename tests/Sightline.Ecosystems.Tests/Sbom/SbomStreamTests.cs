using Sightline.Core.Extraction;
using Sightline.Ecosystems.Sbom;
using Xunit;

namespace Sightline.Ecosystems.Tests.Sbom;

/// <summary>Streams without a length (a pipe, a decompressor) are capped while they are read.</summary>
public class SbomStreamTests
{
    private const string Json = """{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a","version":"1.0.0","purl":"pkg:npm/a@1.0.0"}]}""";

    private sealed class Unseekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public void UnseekableStreamUnderTheCap_IsRead()
    {
        using var stream = new Unseekable(System.Text.Encoding.UTF8.GetBytes(Json));

        var (graphs, warnings) = SbomExtractor.Read(stream, "bom.json");

        Assert.Empty(warnings);
        Assert.Equal("a@1.0.0", Assert.Single(Assert.Single(graphs).Nodes, n => n.Id != 0).ToString());
    }

    [Fact]
    public void UnseekableStreamOverTheCap_IsRefusedOnceTheCapIsPassed()
    {
        using var stream = new Unseekable(System.Text.Encoding.UTF8.GetBytes(Json));

        var error = Assert.Throws<ManifestFormatException>(() => SbomExtractor.Read(stream, "bom.json", maxBytes: 64));

        Assert.Equal($"SBOM is larger than the 64-byte limit (at least {Json.Length} bytes); not read", error.Message);
    }
}
