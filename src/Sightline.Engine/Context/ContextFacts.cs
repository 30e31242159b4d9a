using System.Text;
using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Fleet.Catalog;
using Sightline.Fleet.Config;
using Sightline.Fleet.Context;
using Sightline.Fleet.Deployments;
using Sightline.Fleet.Ownership;
using Sightline.Store;

namespace Sightline.Engine.Context;

/// <summary>
/// Reads what a repository says about ownership and deployment at index time and turns it into stored
/// facts; <see cref="FleetContext"/> reads them back and joins them across the fleet.
/// </summary>
public static class ContextFacts
{
    public const string CodeOwners = "codeowners";
    public const string Entity = "entity";
    public const string Workload = "workload";
    public const string Dockerfile = "dockerfile";
    public const string Config = "config";

    /// <summary>Bumped when what is read changes, so unchanged repositories are read again.</summary>
    public const int Version = 1;

    /// <summary>GitHub ignores a CODEOWNERS file over 3 MB; one byte more is enough for the parser to say so.</summary>
    private const int MaxCodeOwnersBytes = (3 * 1024 * 1024) + 1;

    /// <summary>
    /// Files that make a folder a repository worth indexing even without a manifest: a gitops repository
    /// holds only deployments, a catalog repository only entities.
    /// </summary>
    public static readonly IReadOnlyList<string> DiscoveryPatterns =
        ["CODEOWNERS", "catalog-info.yaml", "catalog-info.yml", "kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml", "sightline.yaml", "sightline.yml"];

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ContextFact> Read(IRepositoryFiles repository, ICollection<ExtractionError> problems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(problems);
        var facts = new List<ContextFact>();
        ReadCodeOwners(repository, facts, problems);
        var context = RepositoryContextReader.Read(repository, cancellationToken);
        facts.AddRange(context.Entities.Select(e => Fact(Entity, e.Path, e)));
        facts.AddRange(context.Workloads.Select(w => Fact(Workload, w.Path, w)));
        facts.AddRange(context.Dockerfiles.Select(d => Fact(Dockerfile, d.Path, d)));
        if (context.Config is { } config)
        {
            facts.Add(Fact(Config, "sightline.yaml", config));
        }

        foreach (var problem in context.Problems)
        {
            problems.Add(new ExtractionError(problem.Path, problem.Message, problem.Line));
        }

        return facts;
    }

    private static void ReadCodeOwners(IRepositoryFiles repository, List<ContextFact> facts, ICollection<ExtractionError> problems)
    {
        if (CodeOwnersLocator.Find(repository) is not { } found)
        {
            return;
        }

        try
        {
            using var stream = repository.OpenRead(found.Path);
            var buffer = new byte[MaxCodeOwnersBytes];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var text = Encoding.UTF8.GetString(buffer, 0, length);
            var file = CodeOwnersFile.Parse(new StringReader(text), found.Path, found.Flavor);
            foreach (var problem in file.Problems)
            {
                problems.Add(new ExtractionError(found.Path, problem.Message, problem.Line));
            }

            facts.Add(Fact(CodeOwners, found.Path, new StoredCodeOwners(found.Flavor, length < MaxCodeOwnersBytes ? text : string.Empty)));
        }
        catch (Exception ex) when (ex is IOException or RepositoryFileException)
        {
            problems.Add(new ExtractionError(found.Path, "cannot read: " + ex.Message));
        }
    }

    private static ContextFact Fact<T>(string kind, string path, T data) => new(kind, path, JsonSerializer.Serialize(data, Json));

    internal static T? Parse<T>(StoredContextFact fact) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(fact.DataJson, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A CODEOWNERS file as stored: its text, parsed again when read (parsing is cheap, rules are many).</summary>
internal sealed record StoredCodeOwners(CodeOwnersFlavor Flavor, string Text);
