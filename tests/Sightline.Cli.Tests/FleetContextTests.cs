using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Engine.Context;
using Sightline.Store;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>The join across repositories: which repository builds an image, services, environments, owners.</summary>
public class FleetContextTests
{
    private static FleetContext Fleet(params (string Name, InMemoryRepository Files)[] repositories)
    {
        var facts = new List<StoredContextFact>();
        foreach (var (name, files) in repositories)
        {
            var problems = new List<ExtractionError>();
            facts.AddRange(ContextFacts.Read(files, problems).Select(f => new StoredContextFact(name, f.Kind, f.Path, f.DataJson)));
            Assert.Empty(problems);
        }

        return FleetContext.From([.. repositories.Select(r => r.Name)], facts);
    }

    private static InMemoryRepository Deployment(string name, string image, string ns) => new InMemoryRepository().Add($"k8s/{name}.yaml", $"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: {image}
        """);

    [Fact]
    public void Image_MapsThroughTheDockerfileSourceLabel_WhenNamesDiffer()
    {
        var builder = new InMemoryRepository().Add("Dockerfile", "FROM alpine\nLABEL org.opencontainers.image.source=https://github.com/acme/payments-core\n");
        var fleet = Fleet(("payments-core", builder), ("gitops", Deployment("gateway", "ghcr.io/acme/payments-core:1.0", "payments-prod")));

        var service = Assert.Single(fleet.Services);
        Assert.Equal(("gateway", "payments-core"), (service.Name, service.Repository));
        Assert.True(Assert.Single(service.Environments).Production);
    }

    [Fact]
    public void Image_MapsThroughTheCatalogSlug()
    {
        var builder = new InMemoryRepository().Add("catalog-info.yaml", """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: ledger
              annotations:
                github.com/project-slug: acme/ledger-svc
            spec:
              type: service
              owner: group:default/team-ledger
              lifecycle: production
            """);
        var fleet = Fleet(("ledger-repo", builder), ("gitops", Deployment("ledger", "registry.acme.io/acme/ledger-svc@sha256:" + new string('a', 64), "staging")));

        var service = Assert.Single(fleet.Services);
        Assert.Equal("ledger-repo", service.Repository);
        Assert.Equal("staging", Assert.Single(service.Environments).Name);
        Assert.False(service.InProduction);
        Assert.Equal("team-ledger", Assert.Single(fleet.OwnersOf("ledger-repo", "src/x.cs")).Team);
    }

    [Fact]
    public void SightlineYaml_MapsImagesAndDeclaresProductionNames()
    {
        var gitops = Deployment("worker", "ghcr.io/acme/old-name:3", "live-eu").Add("sightline.yaml", """
            environments:
              production: [live]
            images:
              ghcr.io/acme/old-name: jobs
            """);
        var fleet = Fleet(("jobs", new InMemoryRepository().Add("README.md", "jobs")), ("gitops", gitops));

        var service = Assert.Single(fleet.Services);
        Assert.Equal(("worker", "jobs"), (service.Name, service.Repository));
        Assert.True(service.InProduction);
        Assert.Equal(["live"], fleet.ProductionNames);
        Assert.False(fleet.IsProduction("production"));
    }

    [Fact]
    public void UnknownImagesAndMappings_AreNotes_NotGuesses()
    {
        var gitops = Deployment("mystery", "quay.io/vendor/thing:1", "production").Add("sightline.yaml", """
            images:
              ghcr.io/acme/x: not-a-repository
            """);
        var fleet = Fleet(("gitops", gitops));

        Assert.Empty(fleet.Services);
        Assert.Contains(fleet.Notes, n => n.Message.Contains("'quay.io/vendor/thing'", StringComparison.Ordinal) && n.Message.Contains("no repository", StringComparison.Ordinal));
        Assert.Contains(fleet.Notes, n => n.Message.Contains("'not-a-repository', which is not an indexed repository", StringComparison.Ordinal));
    }

    [Fact]
    public void Owners_AreCodeOwnersThenCatalog_OncePerTeam()
    {
        var repository = new InMemoryRepository()
            .Add(".github/CODEOWNERS", "*  @acme/team-a\n/src/billing/  @acme/team-b @acme/team-a\n")
            .Add("catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: app\nspec:\n  type: service\n  owner: team-a\n  lifecycle: production\n");
        var fleet = Fleet(("app", repository));

        var owners = fleet.OwnersOf("app", "src/billing/Invoice.cs");
        Assert.Equal(["@acme/team-b", "@acme/team-a"], owners.Select(o => o.Name));
        Assert.Equal("CODEOWNERS .github/CODEOWNERS:2 (/src/billing/)", owners[0].Source);
        Assert.Equal(["@acme/team-a"], fleet.OwnersOf("app", "README.md").Select(o => o.Name));
    }

    [Theory]
    [InlineData("@acme/team-payments", "team-payments")]
    [InlineData("group:default/team-payments", "team-payments")]
    [InlineData("Team-Payments", "team-payments")]
    [InlineData("jane@acme.com", "jane@acme.com")]
    public void TeamKey_MakesSpellingsComparable(string owner, string key) => Assert.Equal(key, TeamNames.Key(owner));

    [Theory]
    [InlineData("production", true)]
    [InlineData("prod-eu-1", true)]
    [InlineData("payments_prod", true)]
    [InlineData("preprod", false)]
    [InlineData("staging", false)]
    public void ProductionNames_MatchWholeWords(string environment, bool production) =>
        Assert.Equal(production, TeamNames.IsProduction(environment, FleetContext.DefaultProductionNames));
}
