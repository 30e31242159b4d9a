using Sightline.Fleet.Deployments;
using Xunit;

namespace Sightline.Fleet.Tests.Deployments;

public sealed class EnvironmentNamesTests
{
    [Theory]
    [InlineData("overlays/production/kustomization.yaml", "production")]
    [InlineData("clusters/eu/prod/apps/web.yaml", "prod")]
    [InlineData("envs/staging/qa/web.yaml", "qa")]
    [InlineData("k8s/UAT.yaml", "uat")]
    [InlineData("k8s/production-like/web.yaml", null)]
    [InlineData("deploy/web.yaml", null)]
    public void NearestKnownPathSegmentWins(string path, string? expected) =>
        Assert.Equal(expected, EnvironmentNames.FromPath(path));

    [Theory]
    [InlineData("production", "production")]
    [InlineData("payments-prod", "prod")]
    [InlineData("team_dev", "dev")]
    [InlineData("devices", null)]
    [InlineData("payments", null)]
    [InlineData(null, null)]
    public void NamespaceCountsWhenItIsOrHasAKnownName(string? ns, string? expected) =>
        Assert.Equal(expected, EnvironmentNames.FromNamespace(ns));

    [Fact]
    public void EnvironmentKeysRankAboveEnvKeys()
    {
        var labels = new Dictionary<string, string> { ["env"] = "a", ["acme.io/env"] = "b", ["acme.io/environment"] = "c", ["tier"] = "d" };

        Assert.Equal("c", EnvironmentNames.FromKeys(labels));
        Assert.Null(EnvironmentNames.FromKeys(new Dictionary<string, string> { ["environment-name"] = "x", ["environment"] = " " }));
    }
}
