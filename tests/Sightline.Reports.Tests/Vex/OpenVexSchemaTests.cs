using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using Xunit;

namespace Sightline.Reports.Tests.Vex;

public sealed class OpenVexSchemaTests
{
    [Fact]
    public async Task SmallDocument_IsValidAgainstTheOpenVexSchema()
    {
        var errors = await OpenVexSchema.ValidateAsync(VexOutput.OpenVex(VexSamples.Small));

        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task DocumentWithEveryStatusAndJustification_IsValidAgainstTheOpenVexSchema()
    {
        var errors = await OpenVexSchema.ValidateAsync(VexOutput.OpenVex(VexSamples.Every));

        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task ValidatorReportsAnUnknownStatus()
    {
        var vex = JsonNode.Parse(VexOutput.OpenVex(VexSamples.Small))!;
        vex["statements"]![0]!["status"] = "maybe";

        var errors = await OpenVexSchema.ValidateAsync(vex.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.ArrayItemNotValid, error.Kind);
        var nested = Assert.IsType<ChildSchemaValidationError>(error).Errors.Values.SelectMany(e => e).ToList();
        Assert.Equal(["NotInEnumeration #/statements[0].status"], nested.Select(e => $"{e.Kind} {e.Path}").ToArray());
    }

    [Fact]
    public async Task ValidatorReportsNotAffectedWithoutJustificationOrImpactStatement()
    {
        var vex = JsonNode.Parse(VexOutput.OpenVex(VexSamples.Small))!;
        var notAffected = vex["statements"]!.AsArray().Single(s => (string?)s!["status"] == "not_affected")!.AsObject();
        notAffected.Remove("justification");
        notAffected.Remove("impact_statement");

        var errors = await OpenVexSchema.ValidateAsync(vex.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorKind.ArrayItemNotValid, error.Kind);
        var nested = Assert.IsType<ChildSchemaValidationError>(error).Errors.Values.SelectMany(e => e).ToList();
        Assert.Equal(["NotAllOf #/statements[1]"], nested.Select(e => $"{e.Kind} {e.Path}").ToArray());
    }
}
