using System.Globalization;
using System.Text.RegularExpressions;

namespace Sightline.Reports.Sbom.CycloneDx;

/// <summary>
/// Builds the CycloneDX view of an <see cref="SbomDocument"/>: components sorted by bom-ref (ordinal), properties
/// sorted by name, nothing taken from a dictionary's enumeration order, so equal documents give equal bytes.
/// </summary>
internal static partial class CycloneDxMapper
{
    public static CdxBom Map(SbomDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var components = document.Components
            .Select(Component)
            .OrderBy(component => component.BomRef, StringComparer.Ordinal)
            .ToList();
        var subject = Subject(document.Subject, components.Select(component => component.BomRef).ToHashSet(StringComparer.Ordinal));

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bomRef in components.Select(c => c.BomRef).Append(subject.BomRef).Concat(subject.Components.Select(c => c.BomRef)))
        {
            // bom-refs must be unique across the whole BOM; a clash is a bug upstream, not something to paper over.
            if (!known.Add(bomRef))
            {
                throw new ArgumentException($"bom-ref '{bomRef}' appears more than once in the SBOM", nameof(document));
            }
        }

        var metadata = document.Metadata;
        return new CdxBom(
            SerialNumberPattern().IsMatch(metadata.SerialNumber) ? metadata.SerialNumber : null,
            metadata.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            metadata.ToolName,
            metadata.ToolVersion,
            subject,
            components,
            Dependencies(document.Dependencies, known));
    }

    /// <summary>
    /// The subject is an application. A service's parts (its repositories) nest under it as applications too, because
    /// CycloneDX's assembly model is exactly "built from"; a part that is already a component is not repeated.
    /// </summary>
    private static CdxComponent Subject(SbomSubject subject, HashSet<string> componentRefs)
    {
        var properties = new List<CdxProperty> { new("sightline:subject-kind", subject.Kind == SbomSubjectKind.Service ? "service" : "repository") };
        if (Present(subject.Revision) is { } revision)
        {
            properties.Add(new CdxProperty("sightline:revision", revision));
        }

        var references = Present(subject.RepositoryUrl) is { } url ? [new CdxReference("vcs", url)] : Array.Empty<CdxReference>();
        var parts = subject.Parts
            .Where(part => !string.IsNullOrWhiteSpace(part) && !componentRefs.Contains(part))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(part => Part(part, subject.PartDetails.GetValueOrDefault(part)))
            .ToList();

        return new CdxComponent("application", subject.BomRef, Present(subject.Supplier), null, subject.Name, Present(subject.Version), null, [],
            CycloneDxLicenses.From(subject.Licenses), null, references, Sorted(properties), parts);
    }

    /// <summary>A repository the service is built from: its name and revision when the index knows them, else its ref.</summary>
    private static CdxComponent Part(string part, SbomPart? details)
    {
        if (details is null)
        {
            return new CdxComponent("application", part, null, null, part, null, null, [], [], null, [], [], []);
        }

        var properties = Present(details.Revision) is { } revision ? [new CdxProperty("sightline:revision", revision)] : new List<CdxProperty>();
        var references = Present(details.RepositoryUrl) is { } url ? [new CdxReference("vcs", url)] : Array.Empty<CdxReference>();
        return new CdxComponent("application", part, null, null, details.Name, Present(details.Version), null, [], [], null, references, properties, []);
    }

    private static CdxComponent Component(SbomComponent component)
    {
        var (group, name) = GroupAndName(component.Ecosystem, component.Name);
        var properties = new List<CdxProperty>
        {
            new("sightline:scope", component.Scope),
            new("sightline:direct", component.Direct ? "true" : "false"),
            new("sightline:manifest", component.Manifest),
        };
        if (Present(component.Source) is { } source)
        {
            properties.Add(new CdxProperty("sightline:source", source));
        }

        return new CdxComponent("library", component.BomRef, Present(component.Supplier), group, name, Present(component.Version),
            Scope(component.Scope), Hashes(component.Hashes), CycloneDxLicenses.From(component.Licenses), Present(component.Purl), [],
            Sorted(properties), []);
    }

    private static List<CdxProperty> Sorted(List<CdxProperty> properties) =>
        [.. properties.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)];

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // The schema's own pattern: lower-case hex only, so a non-conforming serial is left out rather than made invalid.
    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialNumberPattern();
}
