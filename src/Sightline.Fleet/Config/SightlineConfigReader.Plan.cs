using System.Globalization;
using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Config;

internal sealed partial class SightlineConfigReader
{
    private static readonly string[] StepKinds = ["bump", "pin", "release", "deploy"];

    private PlanConfig Plan(YamlMapping? section)
    {
        if (section is null)
        {
            return PlanConfig.Empty;
        }

        CheckKeys(section, "plan.", "ci-limit", "durations", "repositories");
        int? limit = null;
        if (section.Get("ci-limit") is { } limitNode)
        {
            if (Text(limitNode, "plan.ci-limit") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                limit = value;
            }
            else
            {
                problems.Add(new ContextProblem(path, limitNode.Line, "plan.ci-limit must be a whole number of at least 1"));
            }
        }

        var durations = Durations(Section(section, "durations"), "plan.durations");
        var perRepository = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (Section(section, "repositories") is { } repositories)
        {
            foreach (var entry in repositories.Entries)
            {
                if (entry.Value is YamlMapping mapping)
                {
                    perRepository[entry.Key.Value] = Durations(mapping, $"plan.repositories.{entry.Key.Value}");
                }
                else
                {
                    problems.Add(new ContextProblem(path, entry.Value.Line, $"plan.repositories.{entry.Key.Value} must map kinds (bump, pin, release, deploy) to durations"));
                }
            }
        }

        return new PlanConfig(limit, durations, perRepository);
    }

    private Dictionary<string, string> Durations(YamlMapping? mapping, string where)
    {
        var durations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (mapping is null)
        {
            return durations;
        }

        CheckKeys(mapping, where + ".", StepKinds);
        foreach (var entry in mapping.Entries.Where(e => StepKinds.Contains(e.Key.Value)))
        {
            if (Text(entry.Value, $"{where}.{entry.Key.Value}") is { } text)
            {
                durations[entry.Key.Value] = text;
            }
        }

        return durations;
    }
}
