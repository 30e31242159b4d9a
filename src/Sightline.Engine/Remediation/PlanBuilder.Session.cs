using Sightline.Core.Findings;
using Sightline.Remediation.Targets;
using Sightline.Store;

namespace Sightline.Engine.Remediation;

public sealed partial class PlanBuilder
{
    /// <summary>An affected place: a finding, or a repository exposed only through an internal library (its graph stops there).</summary>
    private sealed record Exposure(string Repository, string Manifest, string Ecosystem, string Package, string Version, bool Direct, string? DirectLabel);

    /// <summary>Builds one strategy's steps; releases and repository fixes are memoised so each happens once.</summary>
    private sealed partial class Session
    {
        private readonly PlanBuilder _owner;
        private readonly ILookup<string, Exposure> _byRepository;
        private readonly Dictionary<(string, string, string), FixTarget> _targets;
        private readonly bool _overrides;
        private readonly List<string> _problems;
        private readonly List<PlanStep> _steps = [];
        private readonly Dictionary<string, PlanStep> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _fixed = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), (string? Step, string? Version)> _releases = [];
        private readonly List<string> _inProgress = [];

        public Session(PlanBuilder owner, IReadOnlyList<Finding> findings, IReadOnlyList<PackageUse> through,
            Dictionary<(string, string, string), FixTarget> targets, bool overrides, List<string> problems)
        {
            _owner = owner;
            _targets = targets;
            _overrides = overrides;
            _problems = problems;
            var exposures = findings.Select(f => new Exposure(f.Repository, f.Manifest, f.Ecosystem, f.Package, f.Version!, f.Direct,
                    f.Direct ? null : f.Paths.Count > 0 ? FirstDependency(f) : f.DirectDependency))
                .Concat(through.Where(u => u.Version is not null && u.Path.Count > 0)
                    .Select(u => new Exposure(u.Repository, u.Manifest, u.Ecosystem, u.Name, u.Version!, false, u.Path[0].Split(" => ")[0])))
                .DistinctBy(e => (e.Repository, e.Manifest, e.Package, e.Version));
            _byRepository = exposures.ToLookup(e => e.Repository, StringComparer.Ordinal);
        }

        public IReadOnlyList<PlanStep> Build()
        {
            foreach (var repository in _byRepository.Select(g => g.Key).Order(StringComparer.Ordinal))
            {
                Fix(repository);
            }

            foreach (var (repository, fixes) in _fixed.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
            {
                Deploy(repository, [.. fixes.Where(id => !_byId[id].FollowUp)]);
            }

            return _steps;
        }

        /// <summary>The direct dependency on the shortest path, after the project's own workspace members.</summary>
        private static string FirstDependency(Finding finding)
        {
            var path = finding.Paths[0];
            var direct = finding.DirectDependency;
            return direct is null ? path[0] : path.FirstOrDefault(p => Versions.Split(p).Name == direct) ?? path[0];
        }

        /// <summary>The steps that fix every affected place of one repository (memoised; a cycle among libraries is reported).</summary>
        private IReadOnlyList<string> Fix(string repository)
        {
            if (_fixed.TryGetValue(repository, out var done))
            {
                return done;
            }

            if (_inProgress.Contains(repository))
            {
                var cycle = _inProgress.SkipWhile(r => r != repository).Append(repository);
                _problems.Add($"cycle among internal libraries: {string.Join(" -> ", cycle)}; the rest is planned");
                return [];
            }

            _inProgress.Add(repository);
            var ids = new List<string>();
            foreach (var exposure in _byRepository[repository])
            {
                if (Step(exposure) is { } id && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            _inProgress.Remove(repository);
            _fixed[repository] = ids;
            return ids;
        }
    }
}
