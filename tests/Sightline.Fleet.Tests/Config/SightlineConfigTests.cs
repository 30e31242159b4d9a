using Sightline.Fleet.Config;
using Sightline.Fleet.Tests.Context;
using Xunit;

namespace Sightline.Fleet.Tests.Config;

public sealed class SightlineConfigTests
{
    [Fact]
    public void ReadsEverySection()
    {
        var (config, problems) = SightlineConfig.Parse(ContextFixtures.File("config", "sightline.yaml"), "sightline.yaml");

        Assert.Empty(problems);
        Assert.Equal(["production", "prod", "prod-eu"], config.ProductionEnvironments);
        Assert.Equal(2, config.Services.Count);
        var checkout = config.Services[0];
        Assert.Equal(("checkout-service", null, "team-payments"), (checkout.Name, checkout.Repository, checkout.Owner));
        Assert.Equal(["ghcr.io/acme/checkout-service"], checkout.Images);
        Assert.Equal(["production", "staging"], checkout.Environments);
        var billing = config.Services[1];
        Assert.Equal(("billing", "billing-service", null), (billing.Name, billing.Repository, billing.Owner));
        Assert.Equal(["ghcr.io/acme/billing"], billing.Images);
        Assert.Equal(["production"], billing.Environments);
        Assert.Equal(new Dictionary<string, string> { ["ghcr.io/acme/legacy-billing"] = "billing-service", ["worker"] = "billing-service" }, config.Images);
        Assert.Equal(
            [
                new NotifyTargetConfig("security-slack", "slack", null, "SIGHTLINE_SLACK_WEBHOOK", null, null, null, null, null),
                new NotifyTargetConfig("github-issues", "github", null, null, "GITHUB_TOKEN", "acme/security", null, null, "https://api.github.com"),
                new NotifyTargetConfig("gitlab", "gitlab", null, null, "GITLAB_TOKEN", null, "42", null, null),
                new NotifyTargetConfig("notes", "markdown", null, null, null, null, null, "notices", null),
                new NotifyTargetConfig("hook", "webhook", "https://alerts.acme.example/sightline", null, null, null, null, null, null),
            ],
            config.NotifyTargets);
        Assert.Equal(new Dictionary<string, string> { ["team-payments"] = "security-slack", ["*"] = "notes" }, config.TeamTargets);
    }

    [Fact]
    public void UnknownKeysWrongTypesAndSecretsAreProblemsWithLines()
    {
        var (config, problems) = SightlineConfig.Parse(ContextFixtures.File("config", "bad.yaml"), "sightline.yaml");

        Assert.Equal(
            [
                "sightline.yaml:23: unknown key 'extra' (expected one of: environments, services, images, notify, plan, sbom)",
                "sightline.yaml:3: unknown key 'environments.staging' (expected one of: production)",
                "sightline.yaml:2: environments.production must be a list of values",
                "sightline.yaml:9: images must be a mapping",
                "sightline.yaml:6: unknown key 'services[].colour' (expected one of: name, repository, images, environments, owner)",
                "sightline.yaml:7: service without a name; ignored",
                "sightline.yaml:8: service a is declared twice; the second is ignored",
                "sightline.yaml:14: a slack webhook URL is a secret: put it in an environment variable and name that with url-env; url ignored",
                "sightline.yaml:12: notify target slack (slack) needs url-env",
                "sightline.yaml:15: notify target needs a name and a kind (webhook | slack | teams | github | gitlab | markdown); ignored",
                "sightline.yaml:19: url appears to carry a credential; put it in an environment variable and name that with url-env; url ignored",
                "sightline.yaml:20: url-env must name an environment variable (letters, digits, _), not 'http...'; ignored",
                "sightline.yaml:17: notify target hook (webhook) needs url or url-env",
                "sightline.yaml:22: notify.teams.team-x names no declared target ('nowhere'); ignored",
            ],
            problems.Select(ContextFixtures.Describe));
        Assert.Equal(SightlineConfig.DefaultProductionEnvironments, config.ProductionEnvironments);
        Assert.Equal(["a"], config.Services.Select(s => s.Name));
        Assert.Equal(["slack", "hook"], config.NotifyTargets.Select(t => t.Name));
        Assert.All(config.NotifyTargets, t => Assert.Null(t.Url));
        Assert.Empty(config.TeamTargets);
    }

    [Fact]
    public void EmptyFileIsTheEmptyConfig()
    {
        var (config, problems) = SightlineConfig.Parse(ContextFixtures.Text("# nothing yet\n"), "sightline.yaml");

        Assert.Empty(problems);
        Assert.Same(SightlineConfig.Empty, config);
        Assert.Equal(["production", "prod"], config.ProductionEnvironments);
    }

    [Fact]
    public void NotAMappingIsOneProblem()
    {
        var (config, problems) = SightlineConfig.Parse(ContextFixtures.Text("- just\n- a list\n"), "sightline.yaml");

        Assert.Same(SightlineConfig.Empty, config);
        Assert.Equal(["sightline.yaml:1: sightline.yaml must be a mapping (environments, services, images, notify)"], problems.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void PlanSection_GivesTheCiLimitAndDurations_AndReportsBadOnes()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
            plan:
              ci-limit: 4
              durations:
                release: 25m
                coffee: 5m
              repositories:
                billing-service: { deploy: 45m }
                ledger-service: fast
            """));

        var (config, problems) = SightlineConfig.Parse(stream, "sightline.yaml");

        Assert.Equal(4, config.Plan.CiLimit);
        Assert.Equal("25m", config.Plan.Durations["release"]);
        Assert.Equal("45m", config.Plan.RepositoryDurations["billing-service"]["deploy"]);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Line == 5 && p.Message.Contains("coffee", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 8 && p.Message.Contains("plan.repositories.ledger-service", StringComparison.Ordinal));
    }

    [Fact]
    public void SbomSection_NamesTheSupplier_AndReportsUnknownKeysAndLists()
    {
        var (config, problems) = SightlineConfig.Parse(ContextFixtures.Text("sbom:\n  supplier: \" Acme Corp \"\n  vendor: x\n"), "sightline.yaml");
        var (listed, listProblems) = SightlineConfig.Parse(ContextFixtures.Text("sbom:\n  supplier: [a, b]\n"), "sightline.yaml");

        Assert.Equal("Acme Corp", config.Sbom.Supplier);
        Assert.Equal(["sightline.yaml:3: unknown key 'sbom.vendor' (expected one of: supplier)"], problems.Select(ContextFixtures.Describe));
        Assert.Null(listed.Sbom.Supplier);
        Assert.Single(listProblems);
        Assert.Null(SightlineConfig.Empty.Sbom.Supplier);
    }
}
