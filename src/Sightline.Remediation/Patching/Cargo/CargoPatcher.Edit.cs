using Sightline.Remediation.Patching.Cargo.Common;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching.Cargo;

/// <summary>The requirement edit shared by Patch and PatchProperty: all declarations or none.</summary>
public sealed partial class CargoPatcher
{
    private static PatchResult Edit(string path, string text, IReadOnlyList<CargoDependency> declared, string target)
    {
        var scheme = VersionSchemes.For(Core.Model.Ecosystem.Cargo)!;
        var edits = new List<SpanEdit>();
        var changes = new List<CargoDependency>();
        foreach (var dependency in declared)
        {
            var problem = dependency switch
            {
                { Source: { } source, Version: null } => $"is a {source} dependency with no version",
                { Source: "path" } => "is a path dependency (a crate of this repository): its version follows that crate",
                { Version: null } => "declares no version",
                { Version.Kind: not TomlValueKind.String } => "has a version that is not a string",
                { Version.Escaped: true } => "has a version written with escapes",
                _ => null,
            };
            if (problem is not null)
            {
                return PatchResult.Unchanged($"{path}: {dependency.Key} in [{dependency.Section}] {problem}");
            }

            var version = dependency.Version!;
            var clauses = CargoRequirement.Parse(text, version.ContentStart, version.ContentEnd);
            var style = new RangeStyle(t => ">=" + t, version.ContentEnd, ", ", "");
            var outcome = RangePlan.Plan(clauses, target, scheme, style);
            if (outcome.Problem is not null)
            {
                return PatchResult.Unchanged($"{path}: {dependency.Key} in [{dependency.Section}] requires \"{version.Text}\": {outcome.Problem}");
            }

            edits.AddRange(outcome.Edits);
            if (!outcome.Satisfied)
            {
                changes.Add(dependency);
            }
        }

        if (edits.Count == 0)
        {
            return new PatchResult(null, []);
        }

        var after = SpanEdits.Apply(text, edits);
        var lines = changes.Select(d =>
            $"[{d.Section}] {d.Key} {d.Version!.Text} -> {SpanEdits.Rewritten(after, edits, d.Version.ContentStart, d.Version.ContentEnd)}");
        return new PatchResult(after, [.. lines]);
    }
}
