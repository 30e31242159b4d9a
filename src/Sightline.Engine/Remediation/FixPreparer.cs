using Sightline.Core.Model;
using Sightline.Remediation.Patching;

namespace Sightline.Engine.Remediation;

/// <summary>
/// Turns a plan's bumps and pins into manifest edits: each patched by its ecosystem's patcher, a version
/// that comes from a property edited where the property is defined in the repository, a bump the patcher
/// cannot do safely tried as a pin, anything else left alone and said. Bumps to a library version not
/// released yet are listed for later.
/// </summary>
public static partial class FixPreparer
{
    public static IReadOnlyList<RepositoryFix> Prepare(PlanStrategy strategy, IReadOnlyDictionary<string, string> locations)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(locations);
        var waiting = strategy.Steps.Where(s => s.Kind == StepKind.Release).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var fixes = new List<RepositoryFix>();
        foreach (var group in strategy.Steps.Where(s => s.Kind is StepKind.Bump or StepKind.Pin).GroupBy(s => s.Repository).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!locations.TryGetValue(group.Key, out var location) || !Directory.Exists(location))
            {
                fixes.Add(new RepositoryFix(group.Key, location ?? "?", [], [], [$"the repository is not on disk at its indexed location ({location ?? "unknown"})"]));
                continue;
            }

            var repository = new Core.Repositories.FileSystemRepository(location);
            var files = new Dictionary<string, Edit>(StringComparer.Ordinal);
            var later = new List<string>();
            var refused = new List<string>();
            foreach (var step in group)
            {
                if (step.FollowUp || step.After.Any(waiting.Contains))
                {
                    later.Add($"{step.Description} — once {string.Join(", ", step.After.Where(waiting.Contains).Select(r => r.Split(':')[^1]))} is released");
                    continue;
                }

                Apply(repository, step, files, later, refused);
            }

            var changes = files.Values.Where(e => e.Text != e.Original)
                .Select(e => new FileChange(e.File, e.Original, e.Text, e.Changes, e.Steps, e.Patcher.LockfileCommand(e.File, [.. repository.Files])))
                .ToList();
            fixes.Add(new RepositoryFix(group.Key, location, changes, later, refused));
        }

        return fixes;
    }

    private sealed class Edit(string file, string original, IManifestPatcher patcher)
    {
        public string File { get; } = file;

        public string Original { get; } = original;

        public IManifestPatcher Patcher { get; } = patcher;

        public string Text { get; set; } = original;

        public List<string> Changes { get; } = [];

        public List<string> Steps { get; } = [];
    }
}
