using Sightline.Fleet.Deployments;
using Xunit;

namespace Sightline.Fleet.Tests.Deployments;

public sealed class ImageReferenceTests
{
    private const string Sha = "sha256:3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a";

    public static TheoryData<string, string, string, string?, string?> Valid => new()
    {
        { "nginx", "docker.io", "library/nginx", null, null },
        { "nginx:1.25-alpine", "docker.io", "library/nginx", "1.25-alpine", null },
        { "bitnami/redis:7.2", "docker.io", "bitnami/redis", "7.2", null },
        { "docker.io/nginx", "docker.io", "library/nginx", null, null },
        { "index.docker.io/library/nginx:1", "docker.io", "library/nginx", "1", null },
        { "ghcr.io/acme/checkout-service:1.8.2", "ghcr.io", "acme/checkout-service", "1.8.2", null },
        { "localhost:5000/team/app", "localhost:5000", "team/app", null, null },
        { "localhost/app:dev", "localhost", "app", "dev", null },
        { "registry.acme.example:8443/a/b/c:v1", "registry.acme.example:8443", "a/b/c", "v1", null },
        { "GHCR.IO/acme/app", "ghcr.io", "acme/app", null, null },
        { "ghcr.io/acme/app@" + Sha, "ghcr.io", "acme/app", null, Sha },
        { "ghcr.io/acme/app:1.0@" + Sha, "ghcr.io", "acme/app", "1.0", Sha },
        { "quay.io/my_org/my__app.v2:latest", "quay.io", "my_org/my__app.v2", "latest", null },
        { "gcr.io/distroless/nodejs20-debian12:nonroot", "gcr.io", "distroless/nodejs20-debian12", "nonroot", null },
        { "[::1]:5000/app", "[::1]:5000", "app", null, null },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void NormalisesLikeDocker(string text, string registry, string repository, string? tag, string? digest)
    {
        Assert.True(ImageReference.TryParse(text, out var image));
        Assert.Equal(new ImageReference(registry, repository, tag, digest), image);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ghcr.io/Acme/App:1")]
    [InlineData("Nginx")]
    [InlineData("nginx:")]
    [InlineData("nginx:-bad")]
    [InlineData("acme//app")]
    [InlineData("acme/app-")]
    [InlineData("ghcr.io/acme/app@sha256:abc")]
    [InlineData("ghcr.io/acme/app@sha256:3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F708192A")]
    [InlineData("{{ .Values.image }}")]
    [InlineData("${IMAGE}")]
    [InlineData("ghcr.io/acme/app:1 2")]
    [InlineData("host:port/app")]
    public void RefusesWhatDockerRefuses(string text)
    {
        Assert.False(ImageReference.TryParse(text, out var image));
        Assert.Null(image);
    }

    [Fact]
    public void NameIsTheLastSegmentAndLocationDropsTagAndDigest()
    {
        Assert.True(ImageReference.TryParse("ghcr.io/acme/team/checkout-service:1.8.2@" + Sha, out var image));

        Assert.Equal("checkout-service", image!.Name);
        Assert.Equal("ghcr.io/acme/team/checkout-service", image.Location);
        Assert.Equal("ghcr.io/acme/team/checkout-service:1.8.2@" + Sha, image.ToString());
    }

    [Fact]
    public void DockerHubNamesGainLibrary()
    {
        Assert.True(ImageReference.TryParse("busybox:1.36", out var image));

        Assert.Equal("docker.io/library/busybox", image!.Location);
        Assert.Equal("busybox", image.Name);
    }
}
