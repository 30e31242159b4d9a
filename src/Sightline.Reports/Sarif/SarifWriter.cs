using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sightline.Core.Findings;

namespace Sightline.Reports.Sarif;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: one rule per advisory, one result per finding located at the
/// manifest line to change, with a fingerprint that stays the same across commits.
/// </summary>
public static class SarifWriter
{
    public const string FingerprintKey = "sightline/v1";

    public static void Write(Stream output, IReadOnlyList<Finding> findings, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w, findings, toolVersion);
        WriteBases(w, findings);
        w.WriteStartArray("results");
        foreach (var finding in findings.Where(f => f.IgnoredBecause is null))
        {
            WriteResult(w, finding);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter w, IReadOnlyList<Finding> findings, string toolVersion)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "Sightline");
        w.WriteString("version", toolVersion);
        w.WriteString("informationUri", "https://github.com/sightline/sightline");
        w.WriteStartArray("rules");
        foreach (var advisory in findings.GroupBy(f => f.AdvisoryId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = advisory.First();
            w.WriteStartObject();
            w.WriteString("id", advisory.Key);
            w.WriteString("name", advisory.Key.Replace("-", string.Empty, StringComparison.Ordinal));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", first.Summary ?? advisory.Key);
            w.WriteEndObject();
            w.WriteString("helpUri", HelpUri(advisory.Key));
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(first.SeverityBand));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            if (first.SeverityScore is { } score)
            {
                // GitHub code scanning reads this to rank security alerts.
                w.WriteString("security-severity", score.ToString("0.0", CultureInfo.InvariantCulture));
            }

            w.WriteStartArray("tags");
            w.WriteStringValue("security");
            w.WriteStringValue("vulnerability");
            w.WriteStringValue("dependency");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Each repository is a base URI, so results carry repository-relative paths.</summary>
    private static void WriteBases(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        var repositories = findings.Where(f => f.RepositoryLocation is not null).GroupBy(f => f.Repository).ToList();
        if (repositories.Count == 0)
        {
            return;
        }

        w.WriteStartObject("originalUriBaseIds");
        foreach (var repository in repositories.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(BaseId(repository.Key));
            w.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(repository.First().RepositoryLocation!) + Path.DirectorySeparatorChar).AbsoluteUri);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding finding)
    {
        var (file, line) = ManifestLocator.Locate(finding);
        w.WriteStartObject();
        w.WriteString("ruleId", finding.AdvisoryId);
        w.WriteString("level", Level(finding.SeverityBand));
        w.WriteStartObject("message");
        w.WriteString("text", Message(finding));
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", file);
        if (finding.RepositoryLocation is not null)
        {
            w.WriteString("uriBaseId", BaseId(finding.Repository));
        }

        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", line);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        WriteCodeFlow(w, finding);
        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, Fingerprint(finding));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("repository", finding.Repository);
        w.WriteString("purl", finding.Purl);
        w.WriteString("scope", finding.Scope);
        w.WriteBoolean("direct", finding.Direct);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// The reachability trace, entry point first, as one thread flow: each frame is a call at file:line:col.
    /// A frame in an internal library's repository names it in its message (its files are not under this
    /// repository's base).
    /// </summary>
    private static void WriteCodeFlow(Utf8JsonWriter w, Finding finding)
    {
        if (finding.Reachability is not { Trace.Count: > 0 } verdict)
        {
            return;
        }

        w.WriteStartArray("codeFlows");
        w.WriteStartObject();
        w.WriteStartObject("message");
        w.WriteString("text", verdict.Reason);
        w.WriteEndObject();
        w.WriteStartArray("threadFlows");
        w.WriteStartObject();
        w.WriteStartArray("locations");
        foreach (var frame in verdict.Trace)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", frame.File);
            if (frame.Repository is null && finding.RepositoryLocation is not null)
            {
                w.WriteString("uriBaseId", BaseId(finding.Repository));
            }

            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", Math.Max(1, frame.Line));
            w.WriteNumber("startColumn", Math.Max(1, frame.Column));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("message");
            w.WriteString("text", (frame.Repository is { } repository ? $"[{repository}] " : string.Empty) + $"{frame.Caller} calls {frame.Callee}");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static string Message(Finding f)
    {
        var text = new StringBuilder($"{f.Package} {f.Version} is affected by {f.AdvisoryId}");
        if (f.Summary is not null)
        {
            text.Append(": ").Append(f.Summary);
        }

        text.Append(f.Direct ? " (direct dependency" : " (transitive dependency").Append(", ").Append(f.Scope).Append(')');
        if (f.Paths.Count > 0)
        {
            text.Append(". Path: ").Append(string.Join(" > ", f.Paths[0]));
        }

        if (f.FixedVersions.Count > 0)
        {
            text.Append(". Fixed in ").Append(string.Join(", ", f.FixedVersions));
        }

        return text.Append('.').ToString();
    }

    public static string Fingerprint(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(finding.Key)))[..32];
    }

    private static string BaseId(string repository) => "REPO_" + new string([.. repository.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_')]);

    private static string Level(string band) => band switch
    {
        "critical" or "high" => "error",
        "medium" or "unknown" => "warning",
        _ => "note",
    };

    private static string HelpUri(string id) =>
        id.StartsWith("GHSA-", StringComparison.Ordinal) ? $"https://github.com/advisories/{id}" : $"https://osv.dev/vulnerability/{id}";
}
