using System.Text.Json;
using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching.Composer;

/// <summary>
/// composer.json: the constraint of a package in require / require-dev, edited inside its string; a Pin of
/// a package not listed adds it to require as "^target" (Composer has no override: a root requirement is
/// the documented way to force a transitive version). Indentation, key order and the rest are untouched.
/// </summary>
public sealed partial class ComposerPatcher : IManifestPatcher
{
    public string Id => "composer";

    public Ecosystem Ecosystem => Ecosystem.Packagist;

    public bool Handles(string path) => path is not null && (path == "composer.json" || path.EndsWith("/composer.json", StringComparison.Ordinal));

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        List<ComposerSection> sections;
        try
        {
            sections = ComposerJson.Sections(text);
        }
        catch (JsonException e)
        {
            return PatchResult.Unchanged($"{path}:{e.LineNumber + 1}: not valid JSON: {e.Message}");
        }

        var wanted = PackageNames.Normalize(Ecosystem.Packagist, request.Package);
        var declared = sections
            .SelectMany(s => s.Members.Where(m => PackageNames.Normalize(Ecosystem.Packagist, m.Name) == wanted).Select(m => (Section: s, Member: m)))
            .ToList();
        if (declared.Count == 0)
        {
            return request.Kind == PatchKind.Pin
                ? AddRequire(path, text, sections.FirstOrDefault(s => s.Name == "require"), request.Package, request.TargetVersion)
                : PatchResult.Unchanged($"{path}: {request.Package} is not in require or require-dev");
        }

        var scheme = VersionSchemes.For(Ecosystem.Packagist)!;
        var edits = new List<SpanEdit>();
        var changed = new List<(string Section, ComposerMember Member)>();
        foreach (var (section, member) in declared)
        {
            var (clauses, problem) = member.Escaped ? ([], "the constraint is written with escapes") : ComposerConstraint.Parse(text, member.ContentStart, member.ContentEnd);
            var outcome = problem is null
                ? RangePlan.Plan(clauses, request.TargetVersion, scheme, new RangeStyle(t => ">=" + t, member.ContentEnd, " ", ""))
                : new RangeOutcome([], problem);
            if (outcome.Problem is not null)
            {
                return PatchResult.Unchanged($"{path}: {section.Name} {member.Name} \"{member.Value}\": {outcome.Problem}");
            }

            edits.AddRange(outcome.Edits);
            if (!outcome.Satisfied)
            {
                changed.Add((section.Name, member));
            }
        }

        if (edits.Count == 0)
        {
            return new PatchResult(null, []);
        }

        var after = SpanEdits.Apply(text, edits);
        return new PatchResult(after, [.. changed.Select(c =>
            $"{c.Section} {c.Member.Name} {c.Member.Value} -> {SpanEdits.Rewritten(after, edits, c.Member.ContentStart, c.Member.ContentEnd)}")]);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value) =>
        PatchResult.Unchanged($"{path}: composer.json has no properties ('{property}')");

    /// <summary>
    /// With a composer.lock beside the manifest: <c>composer update --minimal-changes</c> (Composer 2.9+ for a
    /// full update) re-resolves only what the edited constraints force; no install step, no scripts.
    /// </summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        var lockfile = path[..^"composer.json".Length] + "composer.lock";
        return repositoryFiles.Contains(lockfile) ? ["composer", "update", "--minimal-changes", "--no-install", "--no-scripts"] : null;
    }
}
