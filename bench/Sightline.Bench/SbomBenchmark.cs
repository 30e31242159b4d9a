using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Model;
using Sightline.Engine.Context;
using Sightline.Engine.Sbom;
using Sightline.Reports.Sbom.CycloneDx;
using Sightline.Reports.Sbom.Spdx;
using Sightline.Store;

namespace Sightline.Bench;

/// <summary>
/// An SBOM for one repository with 5,000 components (a lockfile-like graph: each package on up to three
/// earlier ones, an SRI hash on each), written straight into a store: times building the document from the
/// store and writing CycloneDX JSON, CycloneDX XML, SPDX JSON and SPDX tag-value.
/// </summary>
internal static class SbomBenchmark
{
    private const int Components = 5000;

    public static void Run()
    {
        var db = Path.Combine(Path.GetTempPath(), $"sightline-sbom-{Environment.ProcessId}.db");
        using (var store = SightlineStore.Open(db))
        {
            var graph = new DependencyGraph(Ecosystem.Npm, "package.json", "package-lock.json", "big-app", "1.0.0");
            var random = new Random(11);
            var ids = new List<int>();
            for (var i = 0; i < Components; i++)
            {
                var node = graph.AddNode($"pkg-{i}", $"1.{i % 17}.{i % 5}");
                node.Integrity = "sha512-" + Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(BitConverter.GetBytes(i)));
                graph.AddEdge(i < 200 ? 0 : ids[random.Next(ids.Count)], node.Id);
                for (var k = 0; k < 2 && i > 10; k++)
                {
                    graph.AddEdge(node.Id, ids[random.Next(Math.Max(1, ids.Count - 5), ids.Count)]);
                }

                ids.Add(node.Id);
            }

            graph.PropagateScopesFromRoot();
            store.ReplaceRepository(new RepositoryIndex("big-app", Path.GetTempPath(), "r", RevisionKind.Content, null, "sig", [graph], []));
            var fleet = FleetContext.Load(store);
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                var document = SbomBuilder.ForRepository(store, fleet, "big-app", reproducible: true);
                var built = clock.Elapsed;
                var sizes = new List<string>();
                foreach (var (name, write) in new (string, Action<Reports.Sbom.SbomDocument, Stream>)[]
                    { ("cyclonedx-json", CycloneDxJsonWriter.Write), ("cyclonedx-xml", CycloneDxXmlWriter.Write), ("spdx-json", SpdxJsonWriter.Write), ("spdx-tv", SpdxTagValueWriter.Write) })
                {
                    var started = clock.Elapsed;
                    using var output = new MemoryStream();
                    write(document, output);
                    sizes.Add(Inv($"{name} {(clock.Elapsed - started).TotalMilliseconds:0} ms ({output.Length / 1024} KiB)"));
                }

                Console.WriteLine(Inv($"sbom run {run}: {document.Components.Count} components, {document.Dependencies.Sum(d => d.DependsOn.Count)} edges; built from the store in {built.TotalMilliseconds:0} ms; {string.Join(", ", sizes)}"));
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(db);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
