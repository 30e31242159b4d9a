using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Model;

namespace Sightline.Ecosystems.Sbom;

/// <summary>
/// SPDX 2.2 and 2.3 JSON: the described package is the subject, packages are the components (their purl
/// from a PACKAGE-MANAGER external reference), dependency relationships are the edges.
/// </summary>
internal static class SpdxReader
{
    private const string DocumentId = "SPDXRef-DOCUMENT";

    public static SbomDocument Read(JsonElement root, string spdxVersion)
    {
        var version = spdxVersion.StartsWith("SPDX-", StringComparison.Ordinal) ? spdxVersion[5..] : spdxVersion;
        if (version is not ("2.2" or "2.3"))
        {
            throw new ManifestFormatException($"SPDX {version} is not supported: Sightline reads SPDX 2.2 and 2.3 JSON");
        }

        var document = new SbomDocument("SPDX " + version, statesScopes: false);
        var packages = new Dictionary<string, SbomComponent>(StringComparer.Ordinal);
        var extracted = SbomLicenses.ExtractedNames(root);
        foreach (var element in SbomJson.Array(root, "packages"))
        {
            var component = Package(element, extracted);
            document.Components.Add(component);
            packages.TryAdd(component.Ref ?? string.Empty, component);
        }

        // 2.2 names the subject in documentDescribes; 2.3 prefers a DESCRIBES relationship. Either will do.
        var described = SbomJson.Array(root, "documentDescribes").Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
        foreach (var relationship in SbomJson.Array(root, "relationships"))
        {
            var a = SbomJson.String(relationship, "spdxElementId");
            var type = SbomJson.String(relationship, "relationshipType");
            var b = SbomJson.String(relationship, "relatedSpdxElement");
            if (a is null || b is null || b is "NOASSERTION" or "NONE" || b.StartsWith("DocumentRef-", StringComparison.Ordinal))
            {
                continue;
            }

            if (type == "DESCRIBES" && a == DocumentId)
            {
                described.Add(b);
            }
            else if (type == "DESCRIBED_BY" && b == DocumentId)
            {
                described.Add(a);
            }
            else if (Relation(a, type, b) is { } relation)
            {
                document.Relations.Add(relation);
            }
        }

        if (described.FirstOrDefault(packages.ContainsKey) is { } subject)
        {
            // The subject is the root, not a package of its own graph.
            document.Subject = packages[subject];
            document.Components.Remove(packages[subject]);
        }

        return document;
    }

    /// <summary>Dependency relationships as parent → child; "X_OF" types name the child first.</summary>
    private static SbomRelation? Relation(string a, string? type, string b) => type switch
    {
        "DEPENDS_ON" or "CONTAINS" => new SbomRelation(a, b, DependencyScope.Runtime),
        "DEPENDENCY_OF" or "RUNTIME_DEPENDENCY_OF" or "CONTAINED_BY" => new SbomRelation(b, a, DependencyScope.Runtime),
        "DEV_DEPENDENCY_OF" or "BUILD_DEPENDENCY_OF" => new SbomRelation(b, a, DependencyScope.Dev),
        "OPTIONAL_DEPENDENCY_OF" => new SbomRelation(b, a, DependencyScope.Optional),
        "PROVIDED_DEPENDENCY_OF" => new SbomRelation(b, a, DependencyScope.Provided),
        "TEST_DEPENDENCY_OF" => new SbomRelation(b, a, DependencyScope.Test),
        _ => null,
    };

    private static SbomComponent Package(JsonElement element, IReadOnlyDictionary<string, string> extracted)
    {
        var purl = SbomJson.Array(element, "externalRefs")
            .Where(r => SbomJson.String(r, "referenceType") == "purl")
            .Select(r => SbomJson.String(r, "referenceLocator"))
            .FirstOrDefault(p => !string.IsNullOrEmpty(p));
        var download = SbomJson.String(element, "downloadLocation");
        var version = SbomJson.String(element, "versionInfo");
        return new SbomComponent(SbomJson.String(element, "SPDXID"), SbomJson.String(element, "name") ?? "(unnamed)", string.IsNullOrEmpty(version) ? null : version, purl)
        {
            Integrity = SbomJson.Integrity(SbomJson.Array(element, "checksums").Select(c => (SbomJson.String(c, "algorithm"), SbomJson.String(c, "checksumValue")))),
            Resolved = download is null or "NOASSERTION" or "NONE" ? null : download,
            License = SbomLicenses.FromSpdx(element, extracted),
        };
    }
}
