using Sightline.Fleet.Deployments;
using Sightline.Fleet.Tests.Context;
using Xunit;

namespace Sightline.Fleet.Tests.Deployments;

public sealed class DockerfileParserTests
{
    [Fact]
    public void MultiLineLabelsWithQuotesCommentsAndArgDefaults()
    {
        var (info, problems) = DockerfileParser.Parse(ContextFixtures.File("dockerfile", "Dockerfile"), "Dockerfile");

        Assert.Empty(problems);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["org.opencontainers.image.source"] = "https://github.com/acme/payments-api",
                ["org.opencontainers.image.title"] = "payments api",
                ["org.opencontainers.image.version"] = "1.4.2",
                ["org.opencontainers.image.description"] = "Payment \"authorisation\"",
                ["com.acme.team"] = "team-payments",
            },
            info.Labels);
        Assert.Equal(["docker.io/library/node:20.11-alpine", "gcr.io/distroless/nodejs20-debian12:nonroot"], info.BaseImages);
        Assert.Equal("https://github.com/acme/payments-api", info.Source);
    }

    [Fact]
    public void LegacyLabelFormAndLabelSchemaSource()
    {
        var (info, problems) = DockerfileParser.Parse(ContextFixtures.File("dockerfile", "Dockerfile.legacy"), "Dockerfile.legacy");

        Assert.Empty(problems);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["org.label-schema.vcs-url"] = "https://github.com/acme/legacy-billing",
                ["org.label-schema.name"] = "legacy billing",
                ["vendor"] = "Acme",
            },
            info.Labels);
        Assert.Equal(["ubuntu:22.04"], info.BaseImages);
        Assert.Equal("https://github.com/acme/legacy-billing", info.Source);
    }

    [Fact]
    public void OciSourceWinsOverLabelSchema()
    {
        var info = new DockerfileInfo("Dockerfile",
            new Dictionary<string, string> { [DockerfileInfo.LabelSchemaVcsUrl] = "old", [DockerfileInfo.OciSource] = "new" }, []);

        Assert.Equal("new", info.Source);
    }

    [Fact]
    public void EscapeDirectiveAndDefaultsInBraces()
    {
        const string dockerfile = """
            # escape=`
            ARG BASE
            FROM ${BASE:-mcr.microsoft.com/windows/servercore:ltsc2022}
            LABEL org.opencontainers.image.source=https://github.com/acme/win-agent `
                  description="C:\agent"
            """;

        var (info, problems) = DockerfileParser.Parse(ContextFixtures.Text(dockerfile), "Dockerfile");

        Assert.Empty(problems);
        Assert.Equal(["mcr.microsoft.com/windows/servercore:ltsc2022"], info.BaseImages);
        Assert.Equal("C:\\agent", info.Labels["description"]);
        Assert.Equal("https://github.com/acme/win-agent", info.Source);
    }

    [Fact]
    public void UnknownVariablesStayAsWrittenAndUnclosedQuotesAreProblems()
    {
        const string dockerfile = "FROM $BASE_IMAGE\nLABEL broken=\"never closed\nLABEL ok=yes\n";

        var (info, problems) = DockerfileParser.Parse(ContextFixtures.Text(dockerfile), "Dockerfile");

        Assert.Equal(["$BASE_IMAGE"], info.BaseImages);
        Assert.Equal(new Dictionary<string, string> { ["ok"] = "yes" }, info.Labels);
        Assert.Equal(["Dockerfile:2: unterminated double quote; instruction ignored"], problems.Select(ContextFixtures.Describe));
    }

    [Fact]
    public void AHugeSingleLineIsReadInLinearTime()
    {
        var line = "LABEL " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"k{i}=\"v {i}\" "));

        var (info, problems) = DockerfileParser.Parse(ContextFixtures.Text("FROM alpine\n" + line + "\n"), "Dockerfile");

        Assert.Empty(problems);
        Assert.Equal(20_000, info.Labels.Count);
        Assert.Equal("v 19999", info.Labels["k19999"]);
    }
}
