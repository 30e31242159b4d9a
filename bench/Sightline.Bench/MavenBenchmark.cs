using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sightline.Ecosystems;
using Sightline.Engine.Indexing;
using Sightline.Fleet.Git;
using Sightline.Store;

namespace Sightline.Bench;

/// <summary>
/// A 50-module Maven build whose parent and BOM live in other repositories of the fleet: a platform
/// repository with the company parent POM and a BOM managing 200 libraries (itself importing a second
/// BOM), and a service repository whose aggregator declares 50 modules, each depending on 10 managed
/// libraries, on 2 sibling modules and on the shared internal library. Timed end to end through the indexer.
/// </summary>
internal static class MavenBenchmark
{
    private const int Modules = 50;
    private const int Libraries = 200;

    public static async Task RunAsync(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Write(folder);
        var db = Path.Combine(Path.GetTempPath(), $"sightline-maven-bench-{Environment.ProcessId}.db");
        foreach (var run in new[] { "first", "second" })
        {
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                System.IO.File.Delete(file);
            }

            using var store = SightlineStore.Open(db);
            var clock = Stopwatch.StartNew();
            var report = await new FleetIndexer(store, Extractors.All, new GitCli()).IndexAsync([folder], new IndexOptions());
            var elapsed = clock.Elapsed;
            var service = report.Repositories.Single(r => r.Name == "service");
            Console.WriteLine(Inv($"maven {run} run: {report.Repositories.Count} repositories, service: {service.Manifests} module graphs, {service.Packages} package nodes, {report.ProblemCount} problems; total {elapsed.TotalSeconds:0.00} s, extraction {report.ExtractTime.TotalSeconds:0.00} s, store {report.StoreTime.TotalSeconds:0.00} s"));
        }
    }

    private static void Write(string folder)
    {
        var dependencies = new StringBuilder();
        var bom2 = new StringBuilder();
        for (var i = 0; i < Libraries; i++)
        {
            // Half of the versions come from the imported second BOM, through a property.
            (i % 2 == 0 ? dependencies : bom2).Append(Inv($"<dependency><groupId>org.lib{i % 20}</groupId><artifactId>lib-{i}</artifactId><version>${{lib.version.{i % 7}}}</version></dependency>"));
        }

        var properties = string.Concat(Enumerable.Range(0, 7).Select(i => Inv($"<lib.version.{i}>{i + 1}.{i}.0</lib.version.{i}>")));
        File(folder, "platform/parent/pom.xml", Pom("com.bench", "bench-parent", "7", "pom", $"<properties>{properties}</properties>"));
        File(folder, "platform/bom/pom.xml", Pom("com.bench", "bench-bom", "7", "pom",
            $"<parent><groupId>com.bench</groupId><artifactId>bench-parent</artifactId><version>7</version><relativePath>../parent/pom.xml</relativePath></parent>" +
            $"<dependencyManagement><dependencies>{dependencies}<dependency><groupId>com.bench</groupId><artifactId>bench-bom-2</artifactId><version>7</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"));
        File(folder, "platform/bom2/pom.xml", Pom("com.bench", "bench-bom-2", "7", "pom",
            $"<parent><groupId>com.bench</groupId><artifactId>bench-parent</artifactId><version>7</version><relativePath>../parent/pom.xml</relativePath></parent>" +
            $"<dependencyManagement><dependencies>{bom2}</dependencies></dependencyManagement>"));
        File(folder, "commons/pom.xml", Pom("com.bench", "bench-commons", "1.0.0", "jar",
            "<dependencies><dependency><groupId>org.lib1</groupId><artifactId>lib-1</artifactId><version>9.9</version></dependency></dependencies>"));

        var modules = string.Concat(Enumerable.Range(0, Modules).Select(m => Inv($"<module>module-{m}</module>")));
        File(folder, "service/pom.xml", Pom("com.bench.svc", "svc-parent", "${revision}", "pom",
            "<parent><groupId>com.bench</groupId><artifactId>bench-parent</artifactId><version>7</version><relativePath/></parent>" +
            "<properties><revision>3.0.0</revision></properties>" +
            "<dependencyManagement><dependencies><dependency><groupId>com.bench</groupId><artifactId>bench-bom</artifactId><version>7</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>" +
            $"<modules>{modules}</modules>"));
        for (var m = 0; m < Modules; m++)
        {
            var deps = new StringBuilder();
            for (var k = 0; k < 10; k++)
            {
                var library = ((m * 7) + (k * 13)) % Libraries;
                deps.Append(Inv($"<dependency><groupId>org.lib{library % 20}</groupId><artifactId>lib-{library}</artifactId></dependency>"));
            }

            foreach (var sibling in new[] { m - 1, m - 2 }.Where(s => s >= 0))
            {
                deps.Append(Inv($"<dependency><groupId>com.bench.svc</groupId><artifactId>module-{sibling}</artifactId><version>${{project.version}}</version></dependency>"));
            }

            deps.Append("<dependency><groupId>com.bench</groupId><artifactId>bench-commons</artifactId><version>1.0.0</version></dependency>");
            File(folder, Inv($"service/module-{m}/pom.xml"), Pom("com.bench.svc", Inv($"module-{m}"), "${revision}", "jar",
                "<parent><groupId>com.bench.svc</groupId><artifactId>svc-parent</artifactId><version>${revision}</version></parent>" +
                $"<dependencies>{deps}</dependencies>"));
        }
    }

    private static string Pom(string group, string artifact, string version, string packaging, string body) =>
        $"<project><modelVersion>4.0.0</modelVersion><groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version><packaging>{packaging}</packaging>{body}</project>";

    private static void File(string folder, string relative, string content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
