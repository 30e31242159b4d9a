using System.CommandLine;
using Sightline.Engine.Context;
using Sightline.Engine.Sbom;
using Sightline.Reports.Vex;

namespace Sightline.Cli.Commands;

/// <summary>`sightline vex &lt;repo|service&gt;`: one statement per advisory that names a package it uses, backed by the reachability evidence.</summary>
internal static class VexCommand
{
    public static Command Create(CommandContext context)
    {
        var subject = new Argument<string>("subject") { Description = "An indexed repository, or a service (see `sightline services`)" };
        var author = new Option<string?>("--author") { Description = "Who makes the statements (default: SIGHTLINE_USER or the login name)" };
        var reproducible = new Option<bool>("--reproducible") { Description = "A fixed timestamp: the same index gives the same bytes" };
        var command = new Command("vex", "VEX for a repository or a service (--format openvex, the default, or cyclonedx for CycloneDX 1.6): affected with the trace and the fix, not_affected with why (not in the execute path, or the version outside the range), fixed once verified, under_investigation otherwise")
        {
            subject, author, reproducible,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var renderer = context.CreateRenderer(parse, "openvex", "cyclonedx");
            using var store = CommandContext.OpenStore(parse);
            var fleet = FleetContext.Load(store);
            var name = parse.GetValue(subject)!;
            var repository = store.ListRepositories().Any(r => r.Name == name) ? name
                : fleet.Services.Where(s => s.Name == name).Select(s => s.Repository).Distinct().ToList() is [var single] ? single
                : throw new UsageException($"'{name}' is neither an indexed repository nor a service built from one repository (see `sightline repos`, `sightline services`)");
            var bomRef = repository == name ? $"repository:{name}" : $"service:{name}";
            var revision = store.ListRepositories().First(r => r.Name == repository).Revision;
            var document = VexBuilder.Build(store, repository, new VexProduct(bomRef, name, revision, null), parse.GetValue(author) ?? CommandContext.Actor, parse.GetValue(reproducible));
            var statements = new List<VexStatement>();
            foreach (var statement in document.Statements)
            {
                // An affected statement's action is the plan: the recommendation and this repository's own steps.
                var plan = statement.Status == VexStatus.Affected
                    ? await PlanCommand.BuildAsync(store, statement.Vulnerability, null, [], registry: false, cancellationToken)
                    : null;
                statements.Add(plan is null ? statement : statement with { ActionStatement = Engine.Remediation.PlanSummary.For(plan, [repository]) });
            }

            document = document with { Statements = statements };
            renderer.Stream(stream => (renderer.Format == "cyclonedx" ? (Action<VexDocument, Stream>)CycloneDxVexWriter.Write : OpenVexWriter.Write)(document, stream));
            return ExitCodes.Ok;
        });
        return command;
    }
}
