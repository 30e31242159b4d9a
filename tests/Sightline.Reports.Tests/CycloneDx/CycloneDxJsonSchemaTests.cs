using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests.CycloneDx;

public sealed class CycloneDxJsonSchemaTests
{
    public static TheoryData<string> Documents => ["empty", "realistic", "service"];

    private static SbomDocument Document(string name) => name switch
    {
        "empty" => CycloneDxSamples.Empty,
        "realistic" => CycloneDxSamples.Realistic,
        _ => CycloneDxSamples.Service,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Output_IsValidAgainstTheOfficialSchema(string name)
    {
        var errors = await CycloneDxSchema.ValidateAsync(CycloneDxOutput.Json(Document(name)));

        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task ValidatorReportsAWrongFormatName()
    {
        var bom = JsonNode.Parse(CycloneDxOutput.Json(CycloneDxSamples.Realistic))!;
        bom["bomFormat"] = "SPDX";

        var errors = await CycloneDxSchema.ValidateAsync(bom.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.NotInEnumeration, error.Kind);
        Assert.Equal("#/bomFormat", error.Path);
    }

    [Fact]
    public async Task ValidatorReportsABrokenHashAndAnUnknownScope()
    {
        var bom = JsonNode.Parse(CycloneDxOutput.Json(CycloneDxSamples.Realistic))!;
        var lodash = bom["components"]!.AsArray().Single(c => (string?)c!["bom-ref"] == "pkg:npm/lodash@4.17.21")!;
        lodash["hashes"]![0]!["content"] = "not-hex";
        lodash["scope"] = "sometimes";

        var errors = await CycloneDxSchema.ValidateAsync(bom.ToJsonString());

        Assert.Equal(
            [ValidationErrorKind.ArrayItemNotValid],
            errors.Select(error => error.Kind).ToArray());
        var nested = Assert.IsType<ChildSchemaValidationError>(errors[0]).Errors.Values.SelectMany(e => e).ToList();
        Assert.Equal(
            ["NotInEnumeration #/components[5].scope", "ArrayItemNotValid #/components[5].hashes[0]"],
            nested.Select(e => $"{e.Kind} {e.Path}").ToArray());
        var hash = Assert.IsType<ChildSchemaValidationError>(nested[1]).Errors.Values.SelectMany(e => e).Single();
        Assert.Equal("PatternMismatch #/components[5].hashes[0].content", $"{hash.Kind} {hash.Path}");
    }

    [Fact]
    public async Task ValidatorReportsALicenceIdOutsideTheSpdxList()
    {
        // Proves spdx.schema.json was resolved locally and is enforced, not silently skipped.
        var bom = JsonNode.Parse(CycloneDxOutput.Json(CycloneDxSamples.Realistic))!;
        var lodash = bom["components"]!.AsArray().Single(c => (string?)c!["bom-ref"] == "pkg:npm/lodash@4.17.21")!;
        lodash["licenses"]![0]!["license"]!["id"] = "Not-A-Real-Licence";

        var errors = await CycloneDxSchema.ValidateAsync(bom.ToJsonString());

        Assert.Equal(["ArrayItemNotValid #/components[5]"], errors.Select(e => $"{e.Kind} {e.Path}").ToArray());
    }
}
