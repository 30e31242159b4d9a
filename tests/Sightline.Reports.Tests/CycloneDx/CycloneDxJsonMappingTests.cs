using Sightline.Reports.Sbom;
using Xunit;
using static Sightline.Reports.Tests.CycloneDx.CycloneDxOutput;

namespace Sightline.Reports.Tests.CycloneDx;

public sealed class CycloneDxJsonMappingTests
{
    [Theory]
    [InlineData("maven", "org.apache:commons-text", "org.apache", "commons-text")]
    [InlineData("Maven", "junit:junit", "junit", "junit")]
    [InlineData("npm", "@babel/core", "@babel", "core")]
    [InlineData("npm", "lodash", null, "lodash")]
    [InlineData("pypi", "zope.interface", null, "zope.interface")]
    [InlineData("go", "github.com/pkg/errors", null, "github.com/pkg/errors")]
    public void NamespacedNames_SplitIntoGroupAndName(string ecosystem, string packageName, string? group, string name)
    {
        var document = CycloneDxSamples.Empty with { Components = [CycloneDxSamples.Component("pkg:x/a@1", ecosystem, packageName, "runtime")] };

        var component = ComponentByRef(Parse(document), "pkg:x/a@1");

        Assert.Equal(group, component.TryGetProperty("group", out var g) ? g.GetString() : null);
        Assert.Equal(name, component.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("runtime", "required")]
    [InlineData("peer", "required")]
    [InlineData("provided", "required")]
    [InlineData("optional", "optional")]
    [InlineData("dev", "excluded")]
    [InlineData("test", "excluded")]
    [InlineData("build-only", null)]
    public void SightlineScopes_MapToCycloneDxScopes(string scope, string? expected)
    {
        var document = CycloneDxSamples.Empty with { Components = [CycloneDxSamples.Component("pkg:npm/a@1", "npm", "a", scope)] };

        var component = ComponentByRef(Parse(document), "pkg:npm/a@1");

        Assert.Equal(expected, component.TryGetProperty("scope", out var s) ? s.GetString() : null);
        Assert.Contains(component.GetProperty("properties").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "sightline:scope" && p.GetProperty("value").GetString() == scope);
    }

    [Theory]
    [InlineData("[\"mit\"]", "[{\"license\":{\"id\":\"MIT\"}}]")]
    [InlineData("[\"MIT OR Apache-2.0\"]", "[{\"expression\":\"MIT OR Apache-2.0\"}]")]
    [InlineData("[\"LicenseRef-acme\"]", "[{\"expression\":\"LicenseRef-acme\"}]")]
    [InlineData("[\"Eclipse Public License 1.0\"]", "[{\"license\":{\"name\":\"Eclipse Public License 1.0\"}}]")]
    [InlineData("[\"BSD\"]", "[{\"license\":{\"name\":\"BSD\"}}]")]
    [InlineData("[\"Apache-2.0\",\"MIT OR ISC\",\"MIT\"]",
        "[{\"license\":{\"id\":\"Apache-2.0\"}},{\"license\":{\"name\":\"MIT OR ISC\"}},{\"license\":{\"id\":\"MIT\"}}]")]
    [InlineData("[\" \",\"MIT\",\"MIT\"]", "[{\"license\":{\"id\":\"MIT\"}}]")]
    public void Licences_BecomeIdsExpressionsOrNames(string licenses, string expected)
    {
        var list = System.Text.Json.JsonSerializer.Deserialize<string[]>(licenses)!;
        var document = CycloneDxSamples.Empty with { Components = [CycloneDxSamples.Component("pkg:npm/a@1", "npm", "a", "runtime", list)] };

        var component = ComponentByRef(Parse(document), "pkg:npm/a@1");

        Assert.Equal(expected, System.Text.Json.JsonSerializer.Serialize(component.GetProperty("licenses")));
    }

    [Fact]
    public void DevEdges_MergeIntoDependsOn_DanglingRefsDrop_DuplicateEntriesMerge()
    {
        var dependencies = Parse(CycloneDxSamples.Realistic).GetProperty("dependencies").EnumerateArray()
            .Select(d => d.GetProperty("ref").GetString() + " -> " + string.Join(" ", Strings(d.GetProperty("dependsOn"))))
            .ToArray();

        Assert.Equal(
        [
            "pkg:npm/%40babel/core@7.24.0 -> pkg:npm/lodash@4.17.21 pkg:npm/tslib@2.6.2",
            "pkg:npm/lodash@4.17.21 -> ",
            "repo:acme/shop -> pkg:maven/javax.servlet/javax.servlet-api@4.0.1 pkg:maven/junit/junit@4.13.2 "
                + "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1 pkg:npm/%40babel/core@7.24.0 pkg:npm/fsevents@2.3.3 pkg:npm/lodash@4.17.21",
        ], dependencies);
    }

    [Fact]
    public void Components_AreSortedByBomRef()
    {
        Assert.Equal(
        [
            "pkg:maven/javax.servlet/javax.servlet-api@4.0.1", "pkg:maven/junit/junit@4.13.2", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1",
            "pkg:npm/%40babel/core@7.24.0", "pkg:npm/fsevents@2.3.3", "pkg:npm/lodash@4.17.21", "pkg:npm/tslib@2.6.2",
        ], Parse(CycloneDxSamples.Realistic).GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()!).ToArray());
    }
}
