using Sightline.Core.Repositories;
using Sightline.Fleet.Context;
using Sightline.Fleet.Tests.Context;
using Xunit;

namespace Sightline.Fleet.Tests.Deployments;

public sealed class HelmAndArgoTests
{
    [Theory]
    [InlineData("values-prod.yaml", "prod")]
    [InlineData("values.staging.yml", "staging")]
    [InlineData("values_eu-west.yaml", "eu-west")]
    [InlineData("prod/values.yaml", "prod")]
    [InlineData("values.yaml", null)]
    [InlineData("values.schema.yaml", null)]
    [InlineData("templates/values.yaml", null)]
    [InlineData("my-values.yaml", null)]
    [InlineData("prod/extra/values.yaml", null)]
    public void EnvironmentComesFromTheValuesFileName(string relative, string? expected) =>
        Assert.Equal(expected, RepositoryContextSession.ValuesEnvironment(relative));

    [Fact]
    public void FolderPerEnvironmentValuesAndStringImages()
    {
        var repository = new InMemoryRepository()
            .Add("deploy/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
            .Add("deploy/web/values.yaml", "image: ghcr.io/acme/web:1.0\nsidecar:\n  image: {repository: nginx, tag: '1.27'}\n")
            .Add("deploy/web/qa/values.yaml", "image: ghcr.io/acme/web:1.1-qa\n")
            .Add("deploy/web/production/values.yaml", "sidecar:\n  image:\n    tag: 1.27.1\n");

        var context = RepositoryContextReader.Read(repository);

        Assert.Empty(context.Problems);
        Assert.Equal(
            [
                "HelmRelease web ns=- env=production [ghcr.io/acme/web:1.0, docker.io/library/nginx:1.27.1] @deploy/web/production/values.yaml:1",
                "HelmRelease web ns=- env=qa [ghcr.io/acme/web:1.1-qa, docker.io/library/nginx:1.27] @deploy/web/qa/values.yaml:1",
            ],
            context.Workloads.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void InvalidImageInValuesIsAProblemWithItsLine()
    {
        var repository = new InMemoryRepository()
            .Add("Chart.yaml", "apiVersion: v2\nname: api\nversion: 1.0.0\n")
            .Add("values.yaml", "image:\n  repository: Acme/API\n  tag: latest\nworker:\n  image: ghcr.io/acme/worker:2\n");

        var context = RepositoryContextReader.Read(repository);

        Assert.Equal(["values.yaml:2: 'Acme/API:latest' is not a valid image reference; ignored"], context.Problems.Select(ContextFixtures.Describe));
        Assert.Equal(["HelmRelease api ns=- env=- [ghcr.io/acme/worker:2] @values.yaml:1"], context.Workloads.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void ArgoApplicationInlineValuesAndKubernetesLists()
    {
        const string application = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: checkout-prod
            spec:
              destination:
                namespace: checkout-prod
              source:
                repoURL: https://charts.acme.example
                chart: checkout
                helm:
                  values: |
                    image:
                      repository: ghcr.io/acme/checkout
                      tag: 2.0.0
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: docs
            spec:
              sources:
                - repoURL: https://github.com/acme/docs
                  helm:
                    valuesObject:
                      image: ghcr.io/acme/docs:5
            ---
            apiVersion: v1
            kind: List
            items:
              - apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate, namespace: db-dev}
                spec:
                  template:
                    spec:
                      containers: [{name: m, image: "flyway/flyway:10"}]
            """;
        var context = RepositoryContextReader.Read(new InMemoryRepository().Add("argo/apps.yaml", application));

        Assert.Empty(context.Problems);
        Assert.Equal(
            [
                "HelmRelease checkout ns=checkout-prod env=prod [ghcr.io/acme/checkout:2.0.0] @argo/apps.yaml:1",
                "HelmRelease docs ns=- env=- [ghcr.io/acme/docs:5] @argo/apps.yaml:17",
                "Job migrate ns=db-dev env=dev [docker.io/flyway/flyway:10] @argo/apps.yaml:31",
            ],
            context.Workloads.Select(ContextFixtures.Describe));
    }
}
