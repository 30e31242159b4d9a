using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sightline.Bench;

/// <summary>
/// Writes N synthetic OSV records into an osv.dev-style all.zip, each a real record from
/// ../shared/data/osv (its text, severity, references, ecosystem_specific) re-aimed at a package of the
/// synthetic registry with a range over that package's versions (one in a hundred) — or at a package nobody
/// uses, as in a real database where most advisories match nothing in a given fleet.
/// </summary>
internal static class AdvisoryGenerator
{
    public static void Write(string zipPath, int count, string realAdvisories, IEnumerable<(string Ecosystem, string Name, string[] Versions)> packages)
    {
        var templates = Directory.EnumerateFiles(realAdvisories, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith('G'))
            .Take(2000).Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        var targets = packages.ToList();
        var random = new Random(7);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        for (var i = 0; i < count; i++)
        {
            var record = templates[i % templates.Count].DeepClone().AsObject();
            var id = $"SYN-{i:D6}";
            record["id"] = id;
            record["aliases"] = new JsonArray(JsonValue.Create($"CVE-2099-{i:D6}"));
            record.Remove("withdrawn");
            var (ecosystem, name, versions) = i % 100 == 0
                ? targets[random.Next(targets.Count)]
                : ("npm", $"unused-package-{i}", new[] { "1.0.0", "2.0.0" });
            var sorted = versions.OrderBy(v => v, StringComparer.Ordinal).ToArray();
            var events = new JsonArray(
                new JsonObject { ["introduced"] = "0" },
                new JsonObject { ["fixed"] = sorted[random.Next(sorted.Length)] });
            record["affected"] = new JsonArray(new JsonObject
            {
                ["package"] = new JsonObject { ["ecosystem"] = ecosystem, ["name"] = name },
                ["ranges"] = new JsonArray(new JsonObject { ["type"] = "ECOSYSTEM", ["events"] = events }),
            });
            var entry = zip.CreateEntry(id + ".json", CompressionLevel.Fastest);
            using var stream = entry.Open();
            using var writer = new Utf8JsonWriter(stream);
            record.WriteTo(writer);
        }
    }
}
