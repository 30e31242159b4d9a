using Sightline.Core.Repositories;
using Sightline.Fleet.Context;
using Sightline.Tests;
using Xunit;

namespace Sightline.Fleet.Tests.Context;

public sealed class RepositoryContextReaderTests
{
    private const string ProdEnvoy = "docker.io/envoyproxy/envoy@sha256:0d4a1e2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";

    [Fact]
    public void GitopsOverlaysYieldTheBaseOncePerOverlay()
    {
        var context = ContextFixtures.ReadFolder("kustomize", "gitops");

        Assert.Empty(context.Problems);
        Assert.Equal(
            [
                "Deployment payments-api ns=payments env=production [ghcr.io/acme/payments-migrator:1.0.0, ghcr.io/acme/payments-api:1.0.3, "
                    + ProdEnvoy + "] @base/deployment.yaml:1 via overlays/production/kustomization.yaml",
                "CronJob payments-reconcile ns=payments env=production [ghcr.io/acme/payments-api:1.0.3] @base/cronjob.yaml:1 via overlays/production/kustomization.yaml",
                "Deployment payments-api ns=payments-staging env=staging [ghcr.io/acme/payments-migrator:1.0.0, ghcr.io/acme/payments-api:1.1.0-rc.1, "
                    + "docker.io/envoyproxy/envoy:v1.30.1] @base/deployment.yaml:1 via overlays/staging/kustomization.yaml",
                "CronJob payments-reconcile ns=payments-staging env=staging [ghcr.io/acme/payments-api:1.1.0-rc.1] @base/cronjob.yaml:1 via overlays/staging/kustomization.yaml",
                "Pod debug ns=tools env=dev [docker.io/library/busybox:1.36] @clusters/dev/debug-pod.yaml:2",
                "HelmRelease redis ns=cache env=dev [docker.io/bitnami/redis:7.2.5-debian-12-r0] @clusters/dev/redis.yaml:9",
            ],
            context.Workloads.Select(ContextFixtures.Describe));
        var production = context.Workloads[0];
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["app.kubernetes.io/name"] = "payments-api",
                ["app.kubernetes.io/part-of"] = "payments",
                ["acme.io/environment"] = "production",
            },
            production.Labels);
        Assert.Empty(context.Entities);
        Assert.Empty(context.Dockerfiles);
        Assert.Null(context.Config);
    }

    [Fact]
    public void HelmChartGivesOneReleasePerEnvironmentValuesFile()
    {
        var context = ContextFixtures.ReadFolder("helm", "charts-repo");

        Assert.Empty(context.Problems);
        Assert.Equal(
            [
                "HelmRelease checkout ns=- env=prod [ghcr.io/acme/checkout:2.4.1, docker.io/prom/statsd-exporter:v0.26.0] @charts/checkout/values-prod.yaml:1",
                "HelmRelease checkout ns=- env=staging [ghcr.io/acme/checkout:2.4.0] @charts/checkout/values.staging.yaml:1",
                "HelmRelease billing-worker ns=- env=- [ghcr.io/acme/billing-worker@sha256:7e1c5a0f2d3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5] @charts/worker/values.yaml:1",
            ],
            context.Workloads.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void SampleDeployGitopsReportsEachEnvironmentsWorkloads()
    {
        var context = RepositoryContextReader.Read(new FileSystemRepository(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "deploy-gitops")));

        Assert.Empty(context.Problems);
        // Kustomize overlays retag the inventory image per environment; the Helm chart's production values pin 1.4.1.
        Assert.Equal(
            [
                "Deployment checkout-service ns=production env=production [ghcr.io/acme/checkout-service:1.8.2] @k8s/production/checkout-service.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment orders-api ns=production env=production [ghcr.io/acme/orders-api:3.0.1] @k8s/production/orders-api.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment admin-portal ns=production env=production [ghcr.io/acme/admin-portal:5.2.0] @k8s/production/admin-portal.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment billing-app ns=production env=production [ghcr.io/acme/billing-app:2.1.0] @k8s/production/billing-app.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment ledger-service ns=production env=production [ghcr.io/acme/ledger-service:1.9.3] @k8s/production/ledger-service.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment notifications-worker ns=production env=production [ghcr.io/acme/notifications-worker:4.1.0] @k8s/production/notifications-worker.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment storefront ns=production env=production [ghcr.io/acme/storefront-rails:7.0.4] @k8s/production/storefront.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment ml-scoring ns=production env=production [ghcr.io/acme/ml-scoring@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945] @k8s/production/ml-scoring.yaml:1 via k8s/production/kustomization.yaml",
                "CronJob reports-nightly ns=production env=production [ghcr.io/acme/reports-dotnet:12.0.0] @k8s/production/reports-nightly.yaml:2 via k8s/production/kustomization.yaml",
                "Deployment inventory-service ns=production env=production [ghcr.io/acme/inventory:2.3.1] @apps/inventory-service/base/deployment.yaml:1 via k8s/production/kustomization.yaml",
                "Deployment checkout-service ns=staging env=staging [ghcr.io/acme/checkout-service:1.8.2] @k8s/staging/checkout-service.yaml:1 via k8s/staging/kustomization.yaml",
                "Deployment orders-api ns=staging env=staging [ghcr.io/acme/orders-api:3.0.1] @k8s/staging/orders-api.yaml:1 via k8s/staging/kustomization.yaml",
                "Deployment search-api ns=staging env=staging [ghcr.io/acme/search-api:0.9.0-rc.2] @k8s/staging/search-api.yaml:1 via k8s/staging/kustomization.yaml",
                "Deployment shipping-service ns=staging env=staging [ghcr.io/acme/shipping-service:0.4.0] @k8s/staging/shipping-service.yaml:1 via k8s/staging/kustomization.yaml",
                "Deployment inventory-service ns=staging env=staging [ghcr.io/acme/inventory:2.4.0-rc.1] @apps/inventory-service/base/deployment.yaml:1 via k8s/staging/kustomization.yaml",
                "HelmRelease payments-go ns=- env=production [ghcr.io/acme/payments-go:1.4.1] @charts/payments-go/values-production.yaml:1",
            ],
            context.Workloads.Select(ContextFixtures.Describe));
        Assert.Equal("team-payments", context.Workloads[0].Labels["acme.io/team"]);
        Assert.Equal("production", context.Workloads[0].Labels["acme.io/environment"]);
    }

    [Fact]
    public void SampleCheckoutServiceHasItsCatalogEntryAndDockerfile()
    {
        var context = RepositoryContextReader.Read(new FileSystemRepository(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "checkout-service")));

        Assert.Empty(context.Problems);
        Assert.Empty(context.Workloads);
        var entity = Assert.Single(context.Entities);
        Assert.Equal(
            ("Component", "checkout-service", "service", "team-payments", "production", "storefront", "catalog-info.yaml", 1),
            (entity.Kind, entity.Name, entity.Type, entity.Owner, entity.Lifecycle, entity.System, entity.Path, entity.Line));
        Assert.Equal("acme/checkout-service", entity.Annotations["github.com/project-slug"]);
        var dockerfile = Assert.Single(context.Dockerfiles);
        Assert.Equal("Dockerfile", dockerfile.Path);
        Assert.Equal("https://github.com/acme/checkout-service", dockerfile.Source);
        Assert.Equal("checkout-service", dockerfile.Labels["org.opencontainers.image.title"]);
        Assert.Equal(["node:20-alpine"], dockerfile.BaseImages);
    }
}
