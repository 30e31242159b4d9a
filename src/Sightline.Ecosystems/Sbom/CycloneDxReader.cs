using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Model;

namespace Sightline.Ecosystems.Sbom;

/// <summary>
/// CycloneDX JSON 1.4 to 1.6 (1.7 read as 1.6 with a warning): metadata.component is the subject,
/// components (nested ones too) are the packages, dependencies[].dependsOn are the edges.
/// </summary>
internal static class CycloneDxReader
{
    private static readonly string[] Known = ["1.4", "1.5", "1.6"];

    public static SbomDocument Read(JsonElement root)
    {
        var version = SbomJson.String(root, "specVersion")
            ?? throw new ManifestFormatException("CycloneDX document has no specVersion");
        var document = new SbomDocument("CycloneDX " + version, statesScopes: true);
        if (version == "1.7")
        {
            document.Warnings.Add("CycloneDX 1.7 is newer than the 1.4–1.6 this reader knows; read as 1.6");
        }
        else if (!Known.Contains(version))
        {
            throw new ManifestFormatException($"CycloneDX {version} is not supported: Sightline reads CycloneDX 1.4, 1.5 and 1.6 (1.7 with a warning)");
        }

        var subject = SbomJson.Object(SbomJson.Object(root, "metadata"), "component");
        if (subject.ValueKind == JsonValueKind.Object)
        {
            document.Subject = Component(subject);
        }

        Components(root, document);
        foreach (var entry in SbomJson.Array(root, "dependencies"))
        {
            if (SbomJson.String(entry, "ref") is not { Length: > 0 } from)
            {
                continue;
            }

            foreach (var child in SbomJson.Array(entry, "dependsOn"))
            {
                if (child.ValueKind == JsonValueKind.String && child.GetString() is { Length: > 0 } to)
                {
                    document.Relations.Add(new SbomRelation(from, to, DependencyScope.Runtime));
                }
            }
        }

        return document;
    }

    /// <summary>Flattens nested components with an explicit stack, so a deeply nested document cannot overflow ours.</summary>
    private static void Components(JsonElement root, SbomDocument document)
    {
        var pending = new Stack<IEnumerator<JsonElement>>();
        pending.Push(SbomJson.Array(root, "components").GetEnumerator());
        while (pending.Count > 0)
        {
            var current = pending.Peek();
            if (!current.MoveNext())
            {
                pending.Pop().Dispose();
                continue;
            }

            if (current.Current.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            document.Components.Add(Component(current.Current));
            pending.Push(SbomJson.Array(current.Current, "components").GetEnumerator());
        }
    }

    private static SbomComponent Component(JsonElement element)
    {
        var group = SbomJson.String(element, "group");
        var name = SbomJson.String(element, "name") ?? "(unnamed)";
        var version = SbomJson.String(element, "version");
        var hashes = SbomJson.Array(element, "hashes").Select(Hash).ToList();
        string? resolved = null;
        foreach (var reference in SbomJson.Array(element, "externalReferences"))
        {
            if (SbomJson.String(reference, "type") == "distribution")
            {
                resolved ??= SbomJson.String(reference, "url");
                // cyclonedx-npm puts the tarball's hash on its distribution reference, not on the component.
                hashes.AddRange(SbomJson.Array(reference, "hashes").Select(Hash));
            }
        }

        return new SbomComponent(SbomJson.String(element, "bom-ref"), string.IsNullOrEmpty(group) ? name : group + "/" + name, string.IsNullOrEmpty(version) ? null : version, SbomJson.String(element, "purl"))
        {
            Scope = SbomJson.String(element, "scope") switch
            {
                "excluded" => DependencyScope.Dev,
                "optional" => DependencyScope.Optional,
                _ => DependencyScope.Runtime,
            },
            Integrity = SbomJson.Integrity(hashes),
            Resolved = resolved,
            License = SbomLicenses.FromCycloneDx(element),
        };
    }

    private static (string?, string?) Hash(JsonElement hash) => (SbomJson.String(hash, "alg"), SbomJson.String(hash, "content"));
}
