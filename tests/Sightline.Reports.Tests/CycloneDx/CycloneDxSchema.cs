using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.References;
using NJsonSchema.Validation;
using Sightline.Tests;

namespace Sightline.Reports.Tests.CycloneDx;

/// <summary>
/// The official CycloneDX 1.6 JSON schema from ../shared/data/schemas/cyclonedx, loaded once. Its $refs
/// ("spdx.schema.json", "jsf-0.82.schema.json", or the same under http://cyclonedx.org/schema/) resolve to the local
/// copies only: a test must not go online, and a reference to anything else fails loudly instead.
/// </summary>
internal static class CycloneDxSchema
{
    private static readonly string SchemaFolder = Path.Combine(TestPaths.SharedData, "schemas", "cyclonedx");

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => LoadAsync("bom-1.6.schema.json"));

    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string json)
    {
        var schema = await Schema.Value;
        return [.. schema.Validate(json)];
    }

    private static Task<JsonSchema> LoadAsync(string fileName) =>
        JsonSchema.FromFileAsync(LocalPath(fileName), schema => new LocalResolver(schema));

    private static string LocalPath(string fileName) => fileName switch
    {
        "bom-1.6.schema.json" or "spdx.schema.json" or "jsf-0.82.schema.json" => Path.Combine(SchemaFolder, fileName),
        _ => throw new InvalidOperationException($"the CycloneDX schema refers to '{fileName}', which has no local copy"),
    };

    private sealed class LocalResolver(JsonSchema root)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            await LoadAsync(Path.GetFileName(filePath));

        public override async Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
        {
            var uri = new Uri(url);
            if (!uri.AbsoluteUri.StartsWith("http://cyclonedx.org/schema/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the CycloneDX schema refers to '{url}', which has no local copy");
            }

            return await LoadAsync(uri.Segments[^1]);
        }
    }
}
