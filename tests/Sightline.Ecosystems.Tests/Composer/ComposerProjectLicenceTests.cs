using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;
using static Sightline.Ecosystems.Tests.Composer.ComposerExtractorTests;

namespace Sightline.Ecosystems.Tests.Composer;

/// <summary>The project's own licence (node 0) comes from composer.json "license".</summary>
public class ComposerProjectLicenceTests
{
    private static readonly Lazy<Core.Extraction.ExtractionResult> App = new(() =>
        Extract(new FileSystemRepository(TestPaths.TestData("Sightline.Ecosystems.Tests", "composer", "app"))));

    [Fact]
    public void LicenseString_BecomesTheRootLicence_OfTheLockedGraph()
    {
        Assert.Empty(App.Value.Errors);
        Assert.Equal("MIT", Assert.Single(App.Value.Graphs, g => g.ManifestPath == "composer.json").Root.License);
    }

    [Fact]
    public void LicenseArray_IsADisjunction_ParenthesisedOnlyWhereNeeded()
    {
        var billing = Assert.Single(App.Value.Graphs, g => g.ManifestPath == "packages/billing/composer.json");
        Assert.Equal("Apache-2.0 OR (GPL-2.0-or-later AND MIT) OR BSD-3-Clause WITH Some-exception", billing.Root.License);
    }

    [Fact]
    public void ManifestStatingNoLicence_LeavesTheRootLicenceNull()
    {
        var result = Extract(new InMemoryRepository().Add("composer.json", """{ "name": "acme/none", "require": { "psr/log": "^3.0" } }"""));
        Assert.Null(Assert.Single(result.Graphs).Root.License);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("""{ "type": "MIT" }""")]
    [InlineData("""[ 1, { "id": "MIT" }, "" ]""")]
    [InlineData("null")]
    public void WrongTypedLicence_IsNull_AndNotAnError(string license)
    {
        var result = Extract(new InMemoryRepository().Add("composer.json", $$"""{ "name": "acme/odd", "license": {{license}} }"""));
        Assert.Empty(result.Errors);
        Assert.Null(Assert.Single(result.Graphs).Root.License);
    }
}
