using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sightline.Core.Code;

namespace Sightline.Store;

/// <summary>Writes a repository's analysed source files, inside the repository's replace transaction.</summary>
internal static class CodeWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly string[] FileParameters = ["$id", "$r", "$p", "$a", "$v", "$h", "$t", "$s", "$l", "$j"];
    private static readonly string[] CallParameters = ["$f", "$c", "$l", "$k"];

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, long repositoryId, IReadOnlyList<StoredCodeFile> files)
    {
        if (files.Count == 0)
        {
            return;
        }

        using var next = connection.CreateCommand();
        next.Transaction = transaction;
        next.CommandText = "SELECT COALESCE(MAX(id), 0) FROM code_files";
        var id = Convert.ToInt64(next.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

        using var file = connection.CreateCommand();
        file.Transaction = transaction;
        file.CommandText = "INSERT INTO code_files (id, repository_id, path, analyser, analyser_version, content_hash, is_test, skipped, lines, analysis_json) VALUES ($id, $r, $p, $a, $v, $h, $t, $s, $l, $j)";
        var parameters = FileParameters.Select(n => file.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        file.Prepare();

        using var call = connection.CreateCommand();
        call.Transaction = transaction;
        call.CommandText = "INSERT INTO code_external_calls (file_id, callee, line, col) VALUES ($f, $c, $l, $k)";
        var callParameters = CallParameters.Select(n => call.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        call.Prepare();

        foreach (var stored in files)
        {
            id++;
            var analysis = stored.Analysis;
            object?[] values = [id, repositoryId, analysis.Path, stored.Analyser, stored.AnalyserVersion, stored.ContentHash, analysis.IsTest ? 1 : 0,
                analysis.Skipped, analysis.Lines, JsonSerializer.Serialize(analysis, Json)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            file.ExecuteNonQuery();
            foreach (var site in analysis.Calls.Where(c => c.Kind == CallKind.External))
            {
                foreach (var name in (site.Callee is null ? site.Candidates : [site.Callee, .. site.Candidates]).Distinct(StringComparer.Ordinal))
                {
                    callParameters[0].Value = id;
                    callParameters[1].Value = name;
                    callParameters[2].Value = site.Line;
                    callParameters[3].Value = site.Column;
                    call.ExecuteNonQuery();
                }
            }
        }
    }
}
