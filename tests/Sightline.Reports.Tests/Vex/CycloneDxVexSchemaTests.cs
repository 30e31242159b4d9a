using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using Sightline.Reports.Tests.CycloneDx;
using Xunit;

namespace Sightline.Reports.Tests.Vex;

public sealed class CycloneDxVexSchemaTests
{
    [Fact]
    public async Task SmallDocument_IsValidAgainstBom16()
    {
        var errors = await CycloneDxSchema.ValidateAsync(VexOutput.CycloneDx(VexSamples.Small));

        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task DocumentWithEveryStatusAndJustification_IsValidAgainstBom16()
    {
        var errors = await CycloneDxSchema.ValidateAsync(VexOutput.CycloneDx(VexSamples.Every));

        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task ValidatorReportsAnUnknownAnalysisState()
    {
        var bom = JsonNode.Parse(VexOutput.CycloneDx(VexSamples.Small))!;
        bom["vulnerabilities"]![0]!["analysis"]!["state"] = "affected";

        var errors = await CycloneDxSchema.ValidateAsync(bom.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.ArrayItemNotValid, error.Kind);
        Assert.Equal("#/vulnerabilities[0]", error.Path);
    }

    [Fact]
    public async Task ValidatorReportsAnOpenVexJustificationInACycloneDxAnalysis()
    {
        var bom = JsonNode.Parse(VexOutput.CycloneDx(VexSamples.Small))!;
        bom["vulnerabilities"]![1]!["analysis"]!["justification"] = "vulnerable_code_not_in_execute_path";

        var errors = await CycloneDxSchema.ValidateAsync(bom.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.ArrayItemNotValid, error.Kind);
        Assert.Equal("#/vulnerabilities[1]", error.Path);
    }
}
