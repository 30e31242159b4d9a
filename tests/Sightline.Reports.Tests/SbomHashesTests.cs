using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests;

public class SbomHashesTests
{
    [Theory]
    [InlineData("sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==", "SHA-512", "3e585d15c8a594e20d7de57b362ea81754c011acb2641a19f1b72c8531ea39825896bab344ae616a0a5a824cb9a381df0b3cddd534645cf305aba70a93dac698")]
    [InlineData("sha256:aa7c8a7a04b7f1b5e0d3b1e4c6bbac5f2f2a4f3d1c9e3b8a7f6e5d4c3b2a1f0e", "SHA-256", "aa7c8a7a04b7f1b5e0d3b1e4c6bbac5f2f2a4f3d1c9e3b8a7f6e5d4c3b2a1f0e")]
    [InlineData("A7C8A7A04B7F1B5E0D3B1E4C6BBAC5F2F2A4F3D1C9E3B8A7F6E5D4C3B2A1F0EA", "SHA-256", "a7c8a7a04b7f1b5e0d3b1e4c6bbac5f2f2a4f3d1c9e3b8a7f6e5d4c3b2a1f0ea")]
    [InlineData("5c2f7b5a3a0e1d6b9c8f7e6d5c4b3a2918f7e6d5", "SHA-1", "5c2f7b5a3a0e1d6b9c8f7e6d5c4b3a2918f7e6d5")]
    public void LockfileChecksums_BecomeHexHashes(string integrity, string algorithm, string hex)
    {
        var hash = Assert.Single(SbomHashes.From(integrity));

        Assert.Equal(algorithm, hash.Algorithm);
        Assert.Equal(hex, hash.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("h1:abc=")]
    [InlineData("sha512-not base64")]
    [InlineData("md5-AAAA")]
    public void UnknownOrBrokenChecksums_AreSkipped(string? integrity) => Assert.Empty(SbomHashes.From(integrity));
}
