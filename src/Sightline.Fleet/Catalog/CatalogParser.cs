using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Catalog;

/// <summary>
/// Reads Backstage catalog files (catalog-info.yaml): every document that is a Backstage entity becomes a
/// <see cref="CatalogEntity"/>; any other document is a problem and the rest of the file is still read.
/// Location entities are skipped (their targets are not followed). Never throws for bad input.
/// </summary>
public static class CatalogParser
{
    public static (IReadOnlyList<CatalogEntity> Entities, IReadOnlyList<ContextProblem> Problems) Parse(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<ContextProblem>();
        var text = YamlText.ReadText(stream, YamlText.DefaultMaxBytes, out var refusal);
        if (text is null)
        {
            problems.Add(new ContextProblem(path, null, refusal!));
            return ([], problems);
        }

        var loaded = YamlLoader.Load(text);
        problems.AddRange(loaded.Errors.Select(e => new ContextProblem(path, e.Line, e.Message)));
        var entities = new List<CatalogEntity>();
        foreach (var document in loaded.Documents)
        {
            if (document.Root is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (ReadEntity(document, path, strict: true, problems) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return (entities, problems);
    }

    /// <summary>Whether a document declares a Backstage apiVersion (backstage.io/..., scaffolder.backstage.io/...).</summary>
    internal static bool IsBackstage(YamlMapping root) =>
        root.GetText("apiVersion") is { } apiVersion
        && (apiVersion.StartsWith("backstage.io/", StringComparison.Ordinal) || apiVersion.Contains(".backstage.io/", StringComparison.Ordinal));

    /// <summary>
    /// One entity from one document. With <paramref name="strict"/> a document that is not an entity is a
    /// problem; without, it is silently not an entity (for YAML files that are not catalog files by name).
    /// </summary>
    internal static CatalogEntity? ReadEntity(YamlDocument document, string path, bool strict, List<ContextProblem> problems)
    {
        if (document.Root is not YamlMapping root || !IsBackstage(root))
        {
            if (strict)
            {
                problems.Add(new ContextProblem(path, document.Line, "not a Backstage entity: a catalog document needs apiVersion: backstage.io/v1alpha1"));
            }

            return null;
        }

        var kind = root.GetText("kind");
        var metadata = root.GetMapping("metadata");
        var name = metadata?.GetText("name");
        if (string.IsNullOrWhiteSpace(kind) || string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new ContextProblem(path, document.Line, "Backstage entity without kind or metadata.name; skipped"));
            return null;
        }

        if (kind == "Location")
        {
            return null;
        }

        var spec = root.Get("spec");
        if (spec is not null and not YamlMapping && spec is not YamlScalar { IsNull: true })
        {
            problems.Add(new ContextProblem(path, spec.Line, $"spec of {kind} {name} is not a mapping; ignored"));
        }

        var specMapping = spec as YamlMapping;
        return new CatalogEntity(kind, name, Text(metadata, "namespace", path, problems), Text(specMapping, "type", path, problems),
            Text(specMapping, "owner", path, problems), Text(specMapping, "lifecycle", path, problems), Text(specMapping, "system", path, problems),
            Text(metadata, "description", path, problems), Annotations(metadata?.GetMapping("annotations")), path, document.Line);
    }

    private static string? Text(YamlMapping? mapping, string key, string path, List<ContextProblem> problems)
    {
        switch (mapping?.Get(key))
        {
            case null:
                return null;
            case YamlScalar scalar:
                return string.IsNullOrWhiteSpace(scalar.Text) ? null : scalar.Text.Trim();
            case var other:
                problems.Add(new ContextProblem(path, other.Line, $"{key} is not a plain value; ignored"));
                return null;
        }
    }

    /// <summary>Every annotation whose value is a scalar; lists and mappings are not annotations Backstage accepts.</summary>
    private static Dictionary<string, string> Annotations(YamlMapping? annotations)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in annotations?.Entries ?? [])
        {
            if (entry.Value is YamlScalar { Text: { } value })
            {
                result[entry.Key.Value] = value;
            }
        }

        return result;
    }
}
