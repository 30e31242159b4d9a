namespace Sightline.Engine.Remediation;

public sealed partial class PlanBuilder
{
    private sealed partial class Session
    {
        /// <summary>The step that fixes one affected place: a bump, a library release and a bump to it, or a pin.</summary>
        private string? Step(Exposure e)
        {
            var target = _targets.GetValueOrDefault((e.Ecosystem, e.Package, e.Version));
            if (target is null)
            {
                // A place exposed only through a library: the library's own target applies.
                target = _targets.Where(t => t.Key.Item1 == e.Ecosystem && t.Key.Item2 == e.Package).Select(t => t.Value).FirstOrDefault();
            }

            if (target?.TargetVersion is not { } fixedVersion)
            {
                _problems.Add($"{e.Repository} {e.Manifest}: {e.Package} {e.Version}: {target?.Reason ?? "no fix target"}");
                return null;
            }

            if (e.Direct)
            {
                return Add(StepKind.Bump, e.Repository, e.Manifest, e.Ecosystem, e.Package, e.Version, fixedVersion,
                    $"bump {e.Package} {e.Version} -> {fixedVersion} in {e.Manifest}", []);
            }

            var (library, used) = Versions.Split(e.DirectLabel ?? e.Package);
            var producers = _owner._internal.ProducersFor(e.Repository, Enum.Parse<Core.Model.Ecosystem>(e.Ecosystem), library);
            if (producers.Count == 0 || _overrides)
            {
                var pin = Add(StepKind.Pin, e.Repository, e.Manifest, e.Ecosystem, e.Package, e.Version, fixedVersion,
                    $"pin {e.Package} {fixedVersion} in {e.Manifest} (override" + (producers.Count > 0 ? $"; remove once {library} releases a fixed version)" : $" until {library} releases a fixed version)"), []);
                if (producers.Count > 0)
                {
                    // The follow-up that lets the override go: the library's release, then the consumer's bump to it.
                    var release = Release(producers[0], e.Ecosystem, library, used);
                    Add(StepKind.Bump, e.Repository, e.Manifest, e.Ecosystem, library, used, release.Version ?? "?",
                        $"bump {library} {used} -> {release.Version} in {e.Manifest} and remove the {e.Package} override", release.Step is { } r ? [r] : [], followUp: true);
                }

                return pin;
            }

            var (step, version) = Release(producers[0], e.Ecosystem, library, used);
            if (version is null)
            {
                return null;
            }

            return Add(StepKind.Bump, e.Repository, e.Manifest, e.Ecosystem, library, used, version,
                $"bump {library} {used} -> {version} in {e.Manifest} (brings {e.Package} {fixedVersion})", step is { } s ? [s] : []);
        }

        /// <summary>The library's release after its own fix: a patch bump of the version its repository publishes.</summary>
        private (string? Step, string? Version) Release(Store.PublishedRecord producer, string ecosystem, string library, string? used)
        {
            var key = (producer.Repository, library);
            if (_releases.TryGetValue(key, out var known))
            {
                return known;
            }

            _releases[key] = (null, null);
            var fixes = Fix(producer.Repository);
            var current = producer.Version ?? used;
            if (fixes.Count == 0 || current is null)
            {
                _problems.Add($"{library}: its repository {producer.Repository} has no planned fix for this advisory (not affected at {current ?? "its indexed version"}, or no fix target); consumers are bumped to its published version");
                return _releases[key] = (null, current);
            }

            var next = Versions.NextPatch(current);
            var id = Add(StepKind.Release, producer.Repository, producer.Manifest, ecosystem, library, current, next,
                $"release {library} {next} (build and publish from {producer.Manifest})", fixes, followUp: _overrides);
            return _releases[key] = (id, next);
        }

        /// <summary>A deploy of every service built from the repository, after its fixes; production ones make production safe.</summary>
        private void Deploy(string repository, IReadOnlyList<string> after)
        {
            if (after.Count == 0)
            {
                return;
            }

            foreach (var service in _owner._fleet.ServicesOf(repository))
            {
                var environments = service.Environments.Select(e => e.Name).ToList();
                var where = environments.Count == 0 ? "no known environment" : string.Join(", ", environments);
                var step = Add(StepKind.Deploy, repository, null, string.Empty, service.Name, null, null, $"deploy {service.Name} ({where})", after);
                _byId[step] = _byId[step] with { ProductionSafe = service.InProduction, Service = service.Name, Environments = environments };
                _steps[_steps.FindIndex(s => s.Id == step)] = _byId[step];
            }
        }

        private string Add(StepKind kind, string repository, string? manifest, string ecosystem, string package, string? from, string? to, string description,
            IReadOnlyList<string> after, bool followUp = false)
        {
            var id = manifest is null ? $"{kind.ToString().ToLowerInvariant()}:{repository}:{package}" : $"{kind.ToString().ToLowerInvariant()}:{repository}:{manifest}:{package}";
            if (_byId.ContainsKey(id))
            {
                return id;
            }

            var step = new PlanStep(id, kind, repository, manifest, ecosystem, package, from, to, description, _owner._durations.For(kind, repository), after) { FollowUp = followUp };
            _byId[id] = step;
            _steps.Add(step);
            return id;
        }
    }
}
