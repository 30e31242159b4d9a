using System.Text.Json;
using Sightline.Core.Code;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>
    /// Every analysed source file of a repository, keyed by analyser and path (<see cref="CodeKey"/>): a
    /// file can have a built-in analysis and one from a SCIP index. Empty when it has none.
    /// </summary>
    public IReadOnlyDictionary<string, StoredCodeFile> LoadCode(string repository)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.analyser, c.analyser_version, c.content_hash, c.analysis_json
            FROM code_files c JOIN repositories r ON r.id = c.repository_id WHERE r.name = $name
            """;
        command.Parameters.AddWithValue("$name", repository);
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, StoredCodeFile>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var analysis = JsonSerializer.Deserialize<FileAnalysis>(reader.GetString(3), CodeWriter.Json)!;
            files[CodeKey(reader.GetString(0), analysis.Path)] = new StoredCodeFile(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), analysis);
        }

        return files;
    }

    public static string CodeKey(string analyser, string path) => analyser + "\u0000" + path;

    /// <summary>
    /// Call sites into a package across the fleet, by fully qualified callee: "lodash" gives "lodash" and
    /// "lodash.*"; test files are counted apart.
    /// </summary>
    public IReadOnlyList<SymbolUse> SymbolUses(string package)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.callee, r.name, c.is_test, COUNT(*)
            FROM code_external_calls e JOIN code_files c ON c.id = e.file_id JOIN repositories r ON r.id = c.repository_id
            WHERE e.callee = $p OR (e.callee >= $lo AND e.callee < $hi)
            GROUP BY e.callee, r.name, c.is_test
            """;
        command.Parameters.AddWithValue("$p", package);
        command.Parameters.AddWithValue("$lo", package + ".");
        command.Parameters.AddWithValue("$hi", package + "/");
        using var reader = command.ExecuteReader();
        var rows = new List<(string Callee, string Repository, bool Test, int Count)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, reader.GetInt32(3)));
        }

        return [.. rows.GroupBy(r => r.Callee, StringComparer.Ordinal)
            .Select(g => new SymbolUse(g.Key, g.Where(r => !r.Test).Sum(r => r.Count), g.Where(r => r.Test).Sum(r => r.Count),
                [.. g.Where(r => !r.Test).Select(r => r.Repository).Distinct().Order(StringComparer.Ordinal)]))
            .OrderByDescending(u => u.CallSites).ThenByDescending(u => u.Repositories.Count).ThenBy(u => u.Symbol, StringComparer.Ordinal)];
    }
}

/// <summary>One symbol of a package: production call sites, test call sites, and the repositories that call it.</summary>
public sealed record SymbolUse(string Symbol, int CallSites, int TestCallSites, IReadOnlyList<string> Repositories);
