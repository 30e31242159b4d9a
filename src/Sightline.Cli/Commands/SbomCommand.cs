using System.CommandLine;
using Sightline.Engine.Context;
using Sightline.Engine.Sbom;
using Sightline.Reports.Sbom;
using Sightline.Reports.Sbom.CycloneDx;
using Sightline.Reports.Sbom.Spdx;

namespace Sightline.Cli.Commands;

/// <summary>`sightline sbom &lt;repo|service&gt;`: CycloneDX 1.6 (JSON, XML) or SPDX 2.3 (JSON, tag-value) from the index.</summary>
internal static class SbomCommand
{
    private static readonly Dictionary<string, Action<SbomDocument, Stream>> Writers = new(StringComparer.Ordinal)
    {
        ["cyclonedx-json"] = CycloneDxJsonWriter.Write,
        ["cyclonedx-xml"] = CycloneDxXmlWriter.Write,
        ["spdx-json"] = SpdxJsonWriter.Write,
        ["spdx-tv"] = SpdxTagValueWriter.Write,
    };

    public static Command Create(CommandContext context)
    {
        var subject = new Argument<string>("subject") { Description = "An indexed repository, or a service (see `sightline services`)" };
        var reproducible = new Option<bool>("--reproducible") { Description = "Same index, same bytes: a fixed timestamp and a serial number derived from the content" };
        var supplier = new Option<string?>("--supplier") { Description = "Who supplies the subject and the fleet's own libraries (default: sightline.yaml's sbom.supplier)" };
        var command = new Command("sbom", "A bill of materials for a repository or a service: --format cyclonedx-json (default), cyclonedx-xml, spdx-json or spdx-tv; every component with its purl, version, scope and hashes, and the full dependency graph")
        {
            subject, reproducible, supplier,
        };
        command.SetAction(parse =>
        {
            using var renderer = context.CreateRenderer(parse, [.. Writers.Keys]);
            var format = renderer.Format is "table" or "json" ? "cyclonedx-json" : renderer.Format;
            using var store = CommandContext.OpenStore(parse);
            var fleet = FleetContext.Load(store);
            var name = parse.GetValue(subject)!;
            SbomDocument document;
            if (fleet.Knows(name) && store.ListRepositories().Any(r => r.Name == name))
            {
                document = SbomBuilder.ForRepository(store, fleet, name, parse.GetValue(reproducible), supplier: Supplier(parse.GetValue(supplier)));
            }
            else if (fleet.Services.Where(s => s.Name == name).ToList() is { Count: > 0 } services)
            {
                if (services.Count > 1)
                {
                    throw new UsageException($"'{name}' names services built from {string.Join(", ", services.Select(s => s.Repository))}: give the repository instead");
                }

                document = SbomBuilder.ForService(store, fleet, services[0], parse.GetValue(reproducible), supplier: Supplier(parse.GetValue(supplier)));
            }
            else
            {
                throw new UsageException($"'{name}' is neither an indexed repository nor a known service (see `sightline repos`, `sightline services`)");
            }

            renderer.Stream(stream => Writers[format](document, stream));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Supplier(string? given)
    {
        if (given is null)
        {
            return null;
        }

        return given.Trim() is { Length: > 0 } name && !name.Any(char.IsControl)
            ? name
            : throw new UsageException("--supplier needs a name (an organisation, e.g. \"Acme Corp\")");
    }
}
