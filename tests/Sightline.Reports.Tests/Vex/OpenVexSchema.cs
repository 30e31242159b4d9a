using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using Sightline.Tests;

namespace Sightline.Reports.Tests.Vex;

/// <summary>
/// The OpenVEX 0.2.0 JSON schema from ../shared/data/schemas/openvex, loaded once. It is draft 2020-12 and NJsonSchema
/// reads draft 4 to 7, so three draft 2020-12 spellings are rewritten into their exact older equivalents first
/// (otherwise the refs would not resolve and the status rules would be silently skipped): "$defs" becomes
/// "definitions", "const" a one-value "enum", and "if A then B" (no else) "anyOf [not A, B]".
/// </summary>
internal static class OpenVexSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string json)
    {
        var schema = await Schema.Value;
        return [.. schema.Validate(json)];
    }

    private static Task<JsonSchema> LoadAsync()
    {
        var path = Path.Combine(TestPaths.SharedData, "schemas", "openvex", "openvex_json_schema.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        Rewrite(root);
        return JsonSchema.FromJsonAsync(root.ToJsonString());
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                Rename(schema, "$defs", "definitions");
                if (schema["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    schema["$ref"] = "#/definitions/" + reference.GetValue<string>()["#/$defs/".Length..];
                }

                if (schema["const"] is { } constant)
                {
                    schema.Remove("const");
                    schema["enum"] = new JsonArray(constant);
                }

                if (schema["if"] is { } condition && schema["then"] is { } consequence && schema["else"] is null)
                {
                    schema.Remove("if");
                    schema.Remove("then");
                    schema["anyOf"] = new JsonArray(new JsonObject { ["not"] = condition }, consequence);
                }

                foreach (var child in schema.Select(property => property.Value).ToList())
                {
                    Rewrite(child);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item);
                }

                break;
        }
    }

    private static void Rename(JsonObject schema, string from, string to)
    {
        if (schema[from] is { } value)
        {
            schema.Remove(from);
            schema[to] = value;
        }
    }
}
