using Sightline.Fleet.Deployments;

namespace Sightline.Engine.Context;

public sealed partial class FleetContext
{
    private static readonly string[] ServiceComponentTypes = ["service", "website"];

    private IReadOnlyList<Service> ResolveServices()
    {
        var services = new Dictionary<(string Name, string Repository), ServiceBuilder>();
        ServiceBuilder At(string name, string repository) =>
            services.TryGetValue((name, repository), out var found) ? found : services[(name, repository)] = new ServiceBuilder(name, repository);

        foreach (var holder in _repositories.Values.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            foreach (var workload in holder.Workloads)
            {
                AddWorkload(holder.Name, workload, At);
            }

            foreach (var configured in holder.Config?.Services ?? [])
            {
                var repository = configured.Repository ?? holder.Name;
                if (!_repositories.ContainsKey(repository))
                {
                    _notes.Add(new ContextNote(holder.Name, "sightline.yaml", $"service '{configured.Name}' names '{repository}', which is not an indexed repository"));
                    continue;
                }

                var service = At(configured.Name, repository);
                service.Sources.Add($"{holder.Name}:sightline.yaml");
                service.Images.UnionWith(configured.Images);
                foreach (var environment in configured.Environments)
                {
                    service.Add(environment, IsProduction(environment), $"{holder.Name}:sightline.yaml");
                }
            }

            foreach (var entity in holder.Entities.Where(e => e.Kind == "Component" && ServiceComponentTypes.Contains(e.Type, StringComparer.OrdinalIgnoreCase)))
            {
                At(entity.Name, holder.Name).Sources.Add($"{holder.Name}:{entity.Path} (Component, type {entity.Type})");
            }
        }

        // A repository's catalog component and its deployments are one service under the deployed name.
        foreach (var group in services.Values.GroupBy(s => s.Repository).ToList())
        {
            var deployed = group.Where(s => s.Deployed).ToList();
            foreach (var catalogOnly in deployed.Count == 0 ? [] : group.Where(s => !s.Deployed))
            {
                deployed.ForEach(d => d.Sources.UnionWith(catalogOnly.Sources));
                services.Remove((catalogOnly.Name, catalogOnly.Repository));
            }
        }

        return [.. services.Values.Select(s => s.Build())
            .OrderBy(s => s.InProduction ? 0 : 1).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Repository, StringComparer.Ordinal)];
    }

    private void AddWorkload(string holder, Workload workload, Func<string, string, ServiceBuilder> at)
    {
        var where = $"{holder}:{workload.Path}" + (workload.Line > 0 ? $":{workload.Line}" : string.Empty)
            + (workload.Kustomization is { } overlay ? $" via {overlay}" : string.Empty);
        foreach (var image in workload.Images.DistinctBy(i => i.Location))
        {
            if (RepositoryForImage(image) is not { } repository)
            {
                _notes.Add(new ContextNote(holder, workload.Path, $"{workload.Kind} {workload.Name} runs image '{image.Location}', and no repository is known to build it (map it in sightline.yaml)"));
                continue;
            }

            var service = at(workload.Name, repository);
            service.Sources.Add(where);
            service.Images.Add(image.Location);
            if ((workload.Environment ?? workload.Namespace) is { Length: > 0 } environment)
            {
                service.Add(environment, IsProduction(environment), where);
            }
        }
    }

    private sealed class ServiceBuilder(string name, string repository)
    {
        public string Name => name;

        public string Repository => repository;

        public bool Deployed => _environments.Count > 0 || Images.Count > 0;

        private readonly Dictionary<string, ServiceEnvironment> _environments = new(StringComparer.OrdinalIgnoreCase);

        public SortedSet<string> Images { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);

        public void Add(string environment, bool production, string source) => _environments.TryAdd(environment, new ServiceEnvironment(environment, production, source));

        public Service Build() => new(name, repository,
            [.. _environments.Values.OrderBy(e => e.Production ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal)], [.. Images], [.. Sources]);
    }
}
