using System.Text;
using Sightline.Core.Repositories;
using Sightline.Fleet.Context;
using Xunit;

namespace Sightline.Fleet.Tests.Context;

public sealed class RepositoryContextReaderProblemTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: ghcr.io/acme/api:1.0.0
        """;

    [Fact]
    public void KustomizeCycleIsAProblemAndIsNotFollowed()
    {
        var repository = new InMemoryRepository()
            .Add("a/kustomization.yaml", "resources: [../b, deploy.yaml]\n")
            .Add("a/deploy.yaml", Deployment)
            .Add("b/kustomization.yaml", "resources:\n  - ../a\n");

        var context = RepositoryContextReader.Read(repository);

        Assert.Equal(["b/kustomization.yaml:2: kustomization cycle: a/kustomization.yaml -> b/kustomization.yaml -> a/kustomization.yaml; not followed"],
            context.Problems.Select(ContextFixtures.Describe));
        Assert.Equal(["Deployment api ns=- env=- [ghcr.io/acme/api:1.0.0] @a/deploy.yaml:1 via a/kustomization.yaml"],
            context.Workloads.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void ResourceLeavingTheRepositoryIsAProblem()
    {
        var repository = new InMemoryRepository()
            .Add("overlays/prod/kustomization.yaml", "resources:\n  - ../../../outside\n  - ../../base/missing.yaml\n  - https://github.com/acme/base//deploy?ref=v1\n  - deploy.yaml\n")
            .Add("overlays/prod/deploy.yaml", Deployment);

        var context = RepositoryContextReader.Read(repository);

        Assert.Equal(
            [
                "overlays/prod/kustomization.yaml:2: resource '../../../outside' leaves the repository; ignored",
                "overlays/prod/kustomization.yaml:3: resource '../../base/missing.yaml' is neither a file nor a folder with a kustomization",
            ],
            context.Problems.Select(ContextFixtures.Describe));
        Assert.Equal(["Deployment api ns=- env=prod [ghcr.io/acme/api:1.0.0] @overlays/prod/deploy.yaml:1 via overlays/prod/kustomization.yaml"],
            context.Workloads.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void BaseNoOverlayIncludesIsReportedThroughItsOwnKustomization()
    {
        var repository = new InMemoryRepository()
            .Add("apps/api/kustomization.yaml", "namespace: api-qa\nnamePrefix: acme-\nresources: [deploy.yaml]\nimages:\n  - name: ghcr.io/acme/api\n    newName: registry.acme.example/mirror/api\n")
            .Add("apps/api/deploy.yaml", Deployment);

        var context = RepositoryContextReader.Read(repository);

        Assert.Empty(context.Problems);
        Assert.Equal(["Deployment acme-api ns=api-qa env=qa [registry.acme.example/mirror/api:1.0.0] @apps/api/deploy.yaml:1 via apps/api/kustomization.yaml"],
            context.Workloads.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void BinaryJunkNamedYamlIsAProblem()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[10] = 0;
        var repository = new InMemoryRepository().Add("deploy/junk.yaml", junk).Add("deploy/api.yaml", Deployment);

        var context = RepositoryContextReader.Read(repository);

        Assert.Equal(["deploy/junk.yaml:-: binary content (NUL bytes), not YAML; not read"], context.Problems.Select(ContextFixtures.Describe));
        Assert.Equal("api", Assert.Single(context.Workloads).Name);
    }

    [Fact]
    public void YamlBombInAManifestIsAProblemOtherDocumentsAreRead()
    {
        var bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            bomb.Append($"  a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat("*a" + (level - 1), 9))}]\n");
        }

        var repository = new InMemoryRepository().Add("k8s/all.yaml", bomb + "---\n" + Deployment);

        var context = RepositoryContextReader.Read(repository);

        var problem = Assert.Single(context.Problems);
        Assert.Equal(("k8s/all.yaml", 11), (problem.Path, problem.Line));
        Assert.Contains("more than 1,000,000 nodes", problem.Message, StringComparison.Ordinal);
        Assert.Equal("api", Assert.Single(context.Workloads).Name);
    }

    [Fact]
    public void SyntaxErrorsMatterOnlyInFilesThatLookLikeKubernetes()
    {
        var repository = new InMemoryRepository()
            .Add(".github/workflows/ci.yml", "on: [push\njobs: {\n")
            .Add("k8s/broken.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: [x\n");

        var context = RepositoryContextReader.Read(repository);

        var problem = Assert.Single(context.Problems);
        Assert.Equal("k8s/broken.yaml", problem.Path);
        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipsVendoredFoldersHelmTemplatesAndOversizedFilesAreReported()
    {
        var repository = new InMemoryRepository()
            .Add("node_modules/x/deploy.yaml", Deployment)
            .Add("vendor/y/deploy.yaml", Deployment)
            .Add("chart/Chart.yaml", "apiVersion: v2\nname: api\nversion: 1.0.0\n")
            .Add("chart/templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }\n")
            .Add("big/huge.yaml", "apiVersion: v1\nkind: List\nitems: []\n# " + new string('x', RepositoryContextReader.MaxYamlBytes));

        var context = RepositoryContextReader.Read(repository);

        Assert.Equal(["big/huge.yaml:-: file is over the 2 MiB limit; not read"], context.Problems.Select(ContextFixtures.Describe));
        Assert.Empty(context.Workloads);
    }

    [Fact]
    public void EnvironmentLabelBeatsPathWhichBeatsNamespace()
    {
        static string Pod(string name, string ns, string labels) =>
            $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  namespace: {ns}\n  labels: {{{labels}}}\nspec:\n  containers: [{{name: c, image: 'nginx:1'}}]\n---\n";
        var repository = new InMemoryRepository()
            .Add("clusters/staging/pods.yaml",
                Pod("labelled", "payments-prod", "acme.io/environment: perf, env: uat")
                + Pod("pathed", "payments-prod", "app: x")
                + Pod("short-env", "payments-prod", "env: sandbox"))
            .Add("apps/pods.yaml", Pod("namespaced", "payments-prod", "app: x") + Pod("nothing", "payments", "app: x"));

        var context = RepositoryContextReader.Read(repository);

        Assert.Empty(context.Problems);
        Assert.Equal(["namespaced=prod", "nothing=-", "labelled=perf", "pathed=staging", "short-env=sandbox"],
            context.Workloads.Select(w => w.Name + "=" + (w.Environment ?? "-")));
    }

    [Fact]
    public void SightlineConfigOnlyAtTheRootAndYamlWinsOverYml()
    {
        var repository = new InMemoryRepository()
            .Add("sightline.yaml", "environments:\n  production: [live]\n")
            .Add("sightline.yml", "environments:\n  production: [other]\n")
            .Add("sub/sightline.yaml", "bogus: true\n");

        var context = RepositoryContextReader.Read(repository);

        Assert.Equal(["live"], context.Config!.ProductionEnvironments);
        Assert.Equal(["sightline.yml:-: both sightline.yaml and sightline.yml exist; only sightline.yaml is read"], context.Problems.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void BackstageEntitiesOutsideCatalogInfoFilesAreFoundToo()
    {
        var repository = new InMemoryRepository()
            .Add("catalog/systems.yaml", "apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: storefront\nspec:\n  owner: team-web\n---\nopenapi: 3.0.0\n")
            .Add("services/api/catalog-info.yml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: api\nspec:\n  owner: team-api\n");

        var context = RepositoryContextReader.Read(repository);

        Assert.Empty(context.Problems);
        Assert.Equal(["System storefront team-web catalog/systems.yaml", "Component api team-api services/api/catalog-info.yml"],
            context.Entities.Select(e => $"{e.Kind} {e.Name} {e.Owner} {e.Path}").Order(StringComparer.Ordinal).Reverse());
    }
}
