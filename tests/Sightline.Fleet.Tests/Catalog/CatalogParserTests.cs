using System.Text;
using Sightline.Fleet.Catalog;
using Sightline.Fleet.Tests.Context;
using Xunit;

namespace Sightline.Fleet.Tests.Catalog;

public sealed class CatalogParserTests
{
    [Fact]
    public void ReadsEveryEntityOfAMultiDocumentFile()
    {
        var (entities, problems) = CatalogParser.Parse(ContextFixtures.File("catalog", "catalog-info.yaml"), "catalog-info.yaml");

        Assert.Equal(
            [
                "System payments ns=- type=- owner=group:default/team-payments lifecycle=- system=- @1",
                "Component payments-api ns=commerce type=service owner=team-payments lifecycle=production system=payments @10",
                "API payments-rest ns=- type=openapi owner=user:jane lifecycle=production system=payments @30",
                "Group team-payments ns=- type=team owner=- lifecycle=- system=- @42",
            ],
            entities.Select(e => $"{e.Kind} {e.Name} ns={e.Namespace ?? "-"} type={e.Type ?? "-"} owner={e.Owner ?? "-"} lifecycle={e.Lifecycle ?? "-"} system={e.System ?? "-"} @{e.Line}"));
        var component = entities[1];
        Assert.Equal("Payment authorisation and capture", component.Description);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["github.com/project-slug"] = "acme/payments-api",
                ["backstage.io/source-location"] = "url:https://github.com/acme/payments-api/tree/main/",
                ["backstage.io/techdocs-ref"] = "dir:.",
                ["acme.io/replicas"] = "3",
            },
            component.Annotations);
        Assert.Equal(["catalog-info.yaml:60: not a Backstage entity: a catalog document needs apiVersion: backstage.io/v1alpha1"],
            problems.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void FiveHundredDocumentsAreAllRead()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            yaml.Append($"---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-{i}\nspec:\n  owner: team-{i % 7}\n");
        }

        var (entities, problems) = CatalogParser.Parse(ContextFixtures.Text(yaml.ToString()), "catalog-info.yaml");

        Assert.Empty(problems);
        Assert.Equal(500, entities.Count);
        Assert.Equal(("svc-499", "team-2", 3495), (entities[499].Name, entities[499].Owner, entities[499].Line));
    }

    [Fact]
    public void EntityWithoutNameIsAProblemOthersAreKept()
    {
        const string yaml = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              title: no name
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Resource
            metadata:
              name: payments-db
            spec:
              type: database
              owner: [not, a, string]
            """;

        var (entities, problems) = CatalogParser.Parse(ContextFixtures.Text(yaml), "c.yaml");

        var resource = Assert.Single(entities);
        Assert.Equal(("Resource", "payments-db", "database", null), (resource.Kind, resource.Name, resource.Type, resource.Owner));
        Assert.Equal(
            ["c.yaml:1: Backstage entity without kind or metadata.name; skipped", "c.yaml:12: owner is not a plain value; ignored"],
            problems.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void BinaryJunkIsAProblemNotACrash()
    {
        var junk = new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF, 0xFE, 0x00 };

        var (entities, problems) = CatalogParser.Parse(new MemoryStream(junk), "catalog-info.yaml");

        Assert.Empty(entities);
        Assert.Equal(["catalog-info.yaml:-: binary content (NUL bytes), not a text file; not parsed"], problems.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void SyntaxErrorKeepsTheEntitiesBeforeIt()
    {
        const string yaml = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: sre\n---\nkind: [oops\n";

        var (entities, problems) = CatalogParser.Parse(ContextFixtures.Text(yaml), "catalog-info.yaml");

        Assert.Equal("sre", Assert.Single(entities).Name);
        Assert.StartsWith("invalid YAML", Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
