using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Config;

/// <summary>Reads the sections of sightline.yaml, reporting every unknown key and wrong type with its line.</summary>
internal sealed partial class SightlineConfigReader(string path, List<ContextProblem> problems)
{
    public SightlineConfig Read(YamlMapping root)
    {
        CheckKeys(root, string.Empty, "environments", "services", "images", "notify", "plan", "sbom");
        var production = SightlineConfig.DefaultProductionEnvironments;
        if (Section(root, "environments") is { } environments)
        {
            CheckKeys(environments, "environments.", "production");
            if (environments.Find("production") is { } entry && StringList(entry.Value, "environments.production") is { } names)
            {
                if (names.Count == 0)
                {
                    problems.Add(new ContextProblem(path, entry.Value.Line, "environments.production names no environment; the default (production, prod) is used"));
                }
                else
                {
                    production = names;
                }
            }
        }

        var images = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Section(root, "images") is { } imageSection)
        {
            foreach (var entry in imageSection.Entries)
            {
                if (Text(entry.Value, "images." + entry.Key.Value) is { } repository)
                {
                    images[entry.Key.Value] = repository;
                }
            }
        }

        var services = Services(root.Get("services"));
        var (targets, teams) = Notify(Section(root, "notify"));
        return new SightlineConfig(production, services, images, targets, teams) { Plan = Plan(Section(root, "plan")), Sbom = Sbom(Section(root, "sbom")) };
    }

    private List<ConfiguredService> Services(YamlNode? node)
    {
        var services = new List<ConfiguredService>();
        if (node is null or YamlScalar { IsNull: true })
        {
            return services;
        }

        if (node is not YamlSequence sequence)
        {
            problems.Add(new ContextProblem(path, node.Line, "services must be a list"));
            return services;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping service)
            {
                problems.Add(new ContextProblem(path, item.Line, "each service must be a mapping with a name"));
                continue;
            }

            CheckKeys(service, "services[].", "name", "repository", "images", "environments", "owner");
            var name = Text(service.Get("name"), "services[].name");
            if (name is null)
            {
                problems.Add(new ContextProblem(path, service.Line, "service without a name; ignored"));
                continue;
            }

            if (services.Any(s => s.Name == name))
            {
                problems.Add(new ContextProblem(path, service.Line, $"service {name} is declared twice; the second is ignored"));
                continue;
            }

            services.Add(new ConfiguredService(name, Text(service.Get("repository"), "services[].repository"),
                StringList(service.Get("images"), "services[].images") ?? [], StringList(service.Get("environments"), "services[].environments") ?? [],
                Text(service.Get("owner"), "services[].owner")));
        }

        return services;
    }
}
