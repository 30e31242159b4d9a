using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Config;

/// <summary>
/// sightline.yaml at a repository's root: which environments count as production, services and their
/// images, image-to-repository mappings, and where notifications go. See docs/services-and-environments.md.
/// </summary>
public sealed record SightlineConfig(IReadOnlyList<string> ProductionEnvironments, IReadOnlyList<ConfiguredService> Services,
    IReadOnlyDictionary<string, string> Images, IReadOnlyList<NotifyTargetConfig> NotifyTargets, IReadOnlyDictionary<string, string> TeamTargets)
{
    /// <summary>The planner's settings (CI limit, durations); empty when the file has no plan section.</summary>
    public PlanConfig Plan { get; init; } = PlanConfig.Empty;

    /// <summary>Who supplies what the fleet builds, for SBOMs; empty when the file has no sbom section.</summary>
    public SbomConfig Sbom { get; init; } = SbomConfig.Empty;

    /// <summary>The names sightline.yaml may have; only at the repository root.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["sightline.yaml", "sightline.yml"];

    /// <summary>Production environments when the file does not say: production and prod.</summary>
    public static readonly IReadOnlyList<string> DefaultProductionEnvironments = ["production", "prod"];

    /// <summary>The key in notify.teams that applies to every team without its own entry.</summary>
    public const string DefaultTeam = "*";

    public static SightlineConfig Empty { get; } = new(DefaultProductionEnvironments, [],
        new Dictionary<string, string>(StringComparer.Ordinal), [], new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Reads sightline.yaml. Unknown keys and wrong types are problems with their line; never throws for bad input.</summary>
    public static (SightlineConfig Config, IReadOnlyList<ContextProblem> Problems) Parse(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<ContextProblem>();
        var text = YamlText.ReadText(stream, YamlText.DefaultMaxBytes, out var refusal);
        if (text is null)
        {
            problems.Add(new ContextProblem(path, null, refusal!));
            return (Empty, problems);
        }

        var loaded = YamlLoader.Load(text);
        problems.AddRange(loaded.Errors.Select(e => new ContextProblem(path, e.Line, e.Message)));
        if (loaded.Documents.Count > 1)
        {
            problems.Add(new ContextProblem(path, loaded.Documents[1].Line, "sightline.yaml holds one document; the others are ignored"));
        }

        var root = loaded.Documents.Count > 0 ? loaded.Documents[0].Root : null;
        if (root is null or YamlScalar { IsNull: true })
        {
            return (Empty, problems);
        }

        if (root is not YamlMapping mapping)
        {
            problems.Add(new ContextProblem(path, root.Line, "sightline.yaml must be a mapping (environments, services, images, notify)"));
            return (Empty, problems);
        }

        return (new SightlineConfigReader(path, problems).Read(mapping), problems);
    }
}

/// <summary>A service sightline.yaml declares. A null <see cref="Repository"/> means the repository holding the file.</summary>
public sealed record ConfiguredService(string Name, string? Repository, IReadOnlyList<string> Images, IReadOnlyList<string> Environments, string? Owner);

/// <summary>
/// A notification target. Secrets are never written in the file: <see cref="UrlEnv"/> and <see cref="TokenEnv"/>
/// name environment variables; <see cref="Url"/> is only for endpoints that are not secret.
/// </summary>
public sealed record NotifyTargetConfig(string Name, string Kind, string? Url, string? UrlEnv, string? TokenEnv, string? Repository,
    string? Project, string? Folder, string? ApiBase);
