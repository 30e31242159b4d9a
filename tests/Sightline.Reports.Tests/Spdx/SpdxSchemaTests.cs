using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using Sightline.Reports.Sbom;
using Sightline.Tests;
using Xunit;

namespace Sightline.Reports.Tests.Spdx;

public sealed class SpdxSchemaTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedData, "schemas", "spdx", "spdx-2.3-schema.json")));

    public static TheoryData<string> Documents => ["empty", "npm-and-maven", "service", "small"];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task JsonOutput_ValidatesAgainstTheSpdx23Schema(string name)
    {
        var document = name switch
        {
            "empty" => SpdxSamples.Empty(),
            "npm-and-maven" => SpdxSamples.NpmAndMaven(),
            "service" => SpdxSamples.Service(),
            _ => SpdxSamples.Small(),
        };

        var errors = await Validate(Encoding.UTF8.GetString(SpdxSamples.Json(document)));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task BrokenDocument_IsReportedByTheValidator()
    {
        // Proves validation is live: three violations the writer never makes, each caught by the schema.
        var json = JsonNode.Parse(SpdxSamples.Json(SpdxSamples.NpmAndMaven()))!.AsObject();
        json.Remove("dataLicense");
        json["packages"]![0]!.AsObject().Remove("downloadLocation");
        json["relationships"]![0]!["relationshipType"] = "DEPENDS-ON";

        var errors = await Validate(json.ToJsonString());

        Assert.Equal(
            ["NotInEnumeration relationshipType", "PropertyRequired dataLicense", "PropertyRequired downloadLocation"],
            Leaves(errors).Select(e => e.Kind + " " + e.Property).Order(StringComparer.Ordinal));
    }

    /// <summary>NJsonSchema nests an array item's errors under one ArrayItemNotValid; the leaves say what is wrong.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? Leaves(child.Errors.Values.SelectMany(v => v)) : [e]);

    private static async Task<ICollection<ValidationError>> Validate(string json) =>
        (await Schema.Value).Validate(json);
}
