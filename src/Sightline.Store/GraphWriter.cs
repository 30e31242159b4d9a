using Microsoft.Data.Sqlite;
using Sightline.Core.Extraction;
using Sightline.Core.Model;

namespace Sightline.Store;

/// <summary>Prepared inserts for graphs, reused across rows: the hot path of indexing.</summary>
internal sealed class GraphWriter : IDisposable
{
    private readonly SqliteCommand _manifest;
    private readonly SqliteCommand _node;
    private readonly SqliteCommand _edge;
    private readonly SqliteCommand _unresolved;
    private readonly SqliteCommand _problem;
    private readonly SqliteCommand _published;

    public GraphWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _manifest = Prepare(connection, transaction,
            "INSERT INTO manifests (id, repository_id, path, lockfile_path, ecosystem, kind, project_name, project_version, fully_resolved, node_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 10);
        _node = Prepare(connection, transaction,
            "INSERT INTO nodes (manifest_id, node_index, ecosystem, name, normalized_name, version, purl, scope, direct, source, depth, via_index, via_path, resolved_from, integrity, alias, location, license) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)", 18);
        _edge = Prepare(connection, transaction,
            "INSERT INTO edges (manifest_id, parent_index, child_index, scope, requirement) VALUES ($1, $2, $3, $4, $5)", 5);
        _unresolved = Prepare(connection, transaction,
            "INSERT INTO unresolved (manifest_id, name, normalized_name, requirement, reason, scope) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        _published = Prepare(connection, transaction,
            "INSERT INTO published_packages (manifest_id, ecosystem, name, normalized_name, version) VALUES ($1, $2, $3, $4, $5)", 5);
        _problem = Prepare(connection, transaction,
            "INSERT INTO index_problems (repository_id, file, line, col, message) VALUES ($1, $2, $3, $4, $5)", 5);
    }

    public void Write(long manifestId, long repositoryId, DependencyGraph graph)
    {
        var ecosystem = graph.Ecosystem.ToString();
        Run(_manifest, manifestId, repositoryId, graph.ManifestPath, graph.LockfilePath, ecosystem, graph.Kind,
            graph.Root.Name, graph.Root.Version, graph.IsFullyResolved ? 1 : 0, graph.Nodes.Count);

        var shortest = PreferDeclarations(graph, GraphPaths.ShortestPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To))));
        var labels = graph.Nodes.Select(n => n.ToString()).ToArray();
        foreach (var node in graph.Nodes)
        {
            var path = node.Id == 0 ? [] : shortest[node.Id];
            object? depth = path is null ? null : path.Length;
            object? via = path is null ? null : path.Length > 1 ? path[^2] : 0;
            object? viaPath = path is { Length: > 1 } ? string.Join(" > ", path[..^1].Select(i => labels[i])) : null;
            Run(_node, manifestId, node.Id, ecosystem, node.Name, node.NormalizedName, node.Version, node.Purl,
                node.Scope.ToText(), node.Direct ? 1 : 0, node.Source.ToString().ToLowerInvariant(), depth, via, viaPath,
                node.Resolved, node.Integrity, node.Alias, node.Location, node.License);
        }

        foreach (var edge in graph.Edges)
        {
            Run(_edge, manifestId, edge.From, edge.To, edge.Scope.ToText(), edge.Requirement);
        }

        foreach (var unresolved in graph.Unresolved)
        {
            Run(_unresolved, manifestId, unresolved.Name, PackageNames.Normalize(graph.Ecosystem, unresolved.Name), unresolved.Requirement, unresolved.Reason, unresolved.Scope.ToText());
        }

        foreach (var published in graph.Publishes.Distinct())
        {
            Run(_published, manifestId, ecosystem, published.Name, PackageNames.Normalize(graph.Ecosystem, published.Name), published.Version);
        }
    }

    /// <summary>
    /// A direct dependency's path should name who declares it (the root, or a workspace member / project
    /// reference), even when another package also reaches it as quickly.
    /// </summary>
    private static int[]?[] PreferDeclarations(DependencyGraph graph, int[]?[] shortest)
    {
        var declared = new int[]?[shortest.Length];
        foreach (var edge in graph.Edges)
        {
            if (!graph.Nodes[edge.To].Direct || (edge.From != 0 && graph.Nodes[edge.From].Source != PackageSource.Local))
            {
                continue;
            }

            int[]? candidate = edge.From == 0 ? [edge.To] : shortest[edge.From] is { } parent ? [.. parent, edge.To] : null;
            if (candidate is not null && (declared[edge.To] is null || candidate.Length < declared[edge.To]!.Length))
            {
                declared[edge.To] = candidate;
            }
        }

        for (var i = 0; i < shortest.Length; i++)
        {
            shortest[i] = declared[i] ?? shortest[i];
        }

        return shortest;
    }

    public void WriteProblems(long repositoryId, IEnumerable<ExtractionError> problems)
    {
        foreach (var problem in problems)
        {
            Run(_problem, repositoryId, problem.File, problem.Line, problem.Column, problem.Message);
        }
    }

    public void Dispose()
    {
        _manifest.Dispose();
        _node.Dispose();
        _edge.Dispose();
        _unresolved.Dispose();
        _problem.Dispose();
        _published.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameterCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
