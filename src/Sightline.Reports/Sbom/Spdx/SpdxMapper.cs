namespace Sightline.Reports.Sbom.Spdx;

/// <summary>
/// Maps an <see cref="SbomDocument"/> onto SPDX 2.3: the subject and every component become packages, a
/// service's parts are CONTAINS'd by it, dependency edges become DEPENDS_ON / DEV_DEPENDENCY_OF. Everything is
/// sorted ordinally so the same model always gives the same bytes.
/// </summary>
internal static partial class SpdxMapper
{
    public static SpdxDocumentModel Map(SbomDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var subject = document.Subject;

        // The model promises unique bom-refs; if it breaks that promise the first component wins, and a
        // component that repeats the subject's ref is the subject itself, not a second package.
        var components = document.Components
            .Where(c => c.BomRef != subject.BomRef)
            .DistinctBy(c => c.BomRef, StringComparer.Ordinal)
            .ToList();
        var known = components.Select(c => c.BomRef).Append(subject.BomRef).ToHashSet(StringComparer.Ordinal);
        var missingParts = Parts(subject).Where(p => !known.Contains(p)).Distinct(StringComparer.Ordinal).ToList();

        var ids = SpdxIds.For(known.Concat(missingParts));
        var licenses = SpdxLicenses.For(components.SelectMany(c => c.Licenses).Concat(subject.Licenses));

        // A service's parts are repositories: source it is built from, whether or not the model lists them as components.
        var parts = Parts(subject).ToHashSet(StringComparer.Ordinal);
        var packages = components.Select(c => Component(c, ids, licenses, parts.Contains(c.BomRef) ? "SOURCE" : "LIBRARY"))
            .Concat(missingParts.Select(p => Part(p, subject.PartDetails.GetValueOrDefault(p), ids)))
            .Append(Subject(subject, ids, licenses))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        return new SpdxDocumentModel(
            subject.Name,
            document.Metadata.Namespace,
            SpdxValues.Created(document.Metadata.Timestamp),
            "Tool: " + document.Metadata.ToolName + "-" + document.Metadata.ToolVersion,
            ids[subject.BomRef],
            packages,
            licenses.Extracted,
            Relationships(document, ids));
    }

    /// <summary>Only a service is built from parts; a repository subject's Parts, if any, are not SPDX content.</summary>
    private static IReadOnlyList<string> Parts(SbomSubject subject) =>
        subject.Kind == SbomSubjectKind.Service ? [.. subject.Parts.Where(p => p != subject.BomRef)] : [];

    private static List<SpdxRelationship> Relationships(SbomDocument document, SpdxIds ids)
    {
        var subjectId = ids[document.Subject.BomRef];
        var relationships = new List<SpdxRelationship> { new(SpdxDocumentModel.DocumentId, "DESCRIBES", subjectId) };
        relationships.AddRange(Parts(document.Subject).Select(p => new SpdxRelationship(subjectId, "CONTAINS", ids[p])));

        // Edges naming a ref that is neither the subject nor a component would dangle in SPDX; they are dropped.
        foreach (var dependency in document.Dependencies)
        {
            if (ids.Find(dependency.Ref) is not { } from)
            {
                continue;
            }

            relationships.AddRange(dependency.DependsOn.Select(ids.Find).OfType<string>()
                .Select(to => new SpdxRelationship(from, "DEPENDS_ON", to)));

            // SPDX has no "dev depends on"; the inverse DEV_DEPENDENCY_OF says the same thing from the other end.
            relationships.AddRange(dependency.DevDependsOn.Select(ids.Find).OfType<string>()
                .Select(to => new SpdxRelationship(to, "DEV_DEPENDENCY_OF", from)));
        }

        return [.. relationships.Distinct()
            .OrderBy(r => r.Element, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Related, StringComparer.Ordinal)];
    }
}
