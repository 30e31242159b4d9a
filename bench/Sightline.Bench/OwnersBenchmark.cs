using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sightline.Fleet.Ownership;

namespace Sightline.Bench;

/// <summary>
/// CODEOWNERS lookup at monorepo scale: a generated 2,000-rule file (anchored service and library folders,
/// deep platform paths, "*.ext", "**/name/", wildcards in the middle, bare file names) and 1,000,000 paths
/// drawn from the same tree, fixed seed. Times the parse and the owner lookup of every path on one core.
/// </summary>
internal static class OwnersBenchmark
{
    private const int RuleCount = 2_000;
    private const int PathCount = 1_000_000;
    private static readonly string[] Subfolders = ["api", "config", "migrations", "src", "internal", "cmd", "web", "docs", "deploy", "tests"];
    private static readonly string[] Extensions = ["go", "ts", "tsx", "py", "java", "proto", "sql", "yaml", "md", "json", "tf", "sh", "rb", "cs"];
    private static readonly string[] Words = ["auth", "billing", "search", "payments", "ledger", "catalog", "orders", "inventory", "users", "events", "notify", "gateway", "metrics", "storage", "cache", "quota", "audit", "export", "import", "pricing"];
    private static readonly string[] Names = ["Dockerfile", "Makefile", "package.json", "go.mod", "pom.xml", "BUILD.bazel", "README.md", "values.yaml"];

    public static void Run()
    {
        var random = new Random(20_240_601);
        var services = Enumerable.Range(0, 400).Select(i => $"{Words[i % Words.Length]}-{Words[(i / Words.Length) % Words.Length]}-{i}").ToArray();
        var libraries = Enumerable.Range(0, 200).Select(i => $"lib{Words[i % Words.Length]}{i}").ToArray();
        var text = Rules(random, services, libraries);
        var paths = Enumerable.Range(0, PathCount).Select(_ => RandomPath(random, services, libraries)).ToArray();

        Measure(text, paths, CodeOwnersFlavor.GitHub, runs: 3);

        // The same rules as a GitLab file cut into ten sections: every section's winner is needed, no early stop.
        var sectioned = new StringBuilder();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            sectioned.Append(i > 1 && i % 200 == 0 ? Inv($"[Section {i / 200}] @acme/section-{i / 200}\n") : string.Empty).Append(lines[i]).Append('\n');
        }

        Measure(sectioned.ToString(), paths, CodeOwnersFlavor.GitLab, runs: 1);
    }

    private static void Measure(string text, string[] paths, CodeOwnersFlavor flavor, int runs)
    {
        var clock = Stopwatch.StartNew();
        var file = CodeOwnersFile.Parse(new StringReader(text), "CODEOWNERS", flavor);
        var parse = clock.Elapsed;
        Console.WriteLine(Inv($"owners ({flavor}): parsed {file.Rules.Count} rules, {file.Sections.Count} sections ({text.Length / 1024} KiB, {file.Problems.Count} problems) in {parse.TotalMilliseconds:0.0} ms"));

        // Steady state first: the JIT's tiered compilation has optimised the lookup before the clock runs.
        for (var i = 0; i < 50_000; i++)
        {
            file.Match(paths[i]);
        }

        for (var run = 0; run < runs; run++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            int owned = 0, unowned = 0, unmatched = 0;
            clock.Restart();
            foreach (var path in paths)
            {
                var match = file.Match(path);
                if (!match.Matched)
                {
                    unmatched++;
                }
                else if (match.Owners.Count == 0)
                {
                    unowned++;
                }
                else
                {
                    owned++;
                }
            }

            var elapsed = clock.Elapsed;
            var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (1024.0 * 1024.0);
            Console.WriteLine(Inv($"  run {run}: {paths.Length:N0} lookups in {elapsed.TotalMilliseconds:0} ms = {paths.Length / elapsed.TotalSeconds:N0} paths/s, {megabytes:0.0} MB allocated; {owned:N0} owned, {unowned:N0} explicitly unowned, {unmatched:N0} unmatched"));
        }
    }

    private static string Rules(Random random, string[] services, string[] libraries)
    {
        var rules = new List<string> { "* @acme/engineering" };
        string Team() => $"@acme/team-{random.Next(120)}";
        string Pick(string[] from) => from[random.Next(from.Length)];
        while (rules.Count < RuleCount - 20)
        {
            var line = random.Next(100) switch
            {
                < 30 => $"/services/{Pick(services)}/ {Team()}",
                < 45 => $"/services/{Pick(services)}/{Pick(Subfolders)}/ {Team()} @{Pick(Words)}-lead",
                < 60 => $"/libs/{Pick(libraries)}/ {Team()}",
                < 68 => $"/platform/{Pick(Words)}/{Pick(Words)}/{Pick(Subfolders)}/ {Team()}",
                < 73 => $"*.{Pick(Extensions)} {Team()}",
                < 77 => $"/services/{Pick(services)}/*.{Pick(Extensions)} {Team()}",
                < 82 => $"**/{Pick(Words)}-{Pick(Subfolders)}/ {Team()}",
                < 86 => $"/services/*/{Pick(Subfolders)}/{Pick(Words)}/ {Team()}",
                < 89 => $"/libs/{Pick(Words)}*-client/ {Team()}",
                < 92 => $"/services/{Pick(services)}/**/*.{Pick(Extensions)} {Team()}",
                < 95 => $"{Pick(Names)} {Team()}",
                < 98 => $"/docs/{Pick(Words)}/ @acme/docs",
                _ => $"/docs/{Pick(Words)}/*.md @acme/docs-writers",
            };
            rules.Add(line);
        }

        // Generated code left explicitly unowned, last so that nothing overrides it: the usual place.
        rules.AddRange(Enumerable.Range(0, 20).Select(i => $"/services/{services[i * 7]}/**/generated/"));

        var text = new StringBuilder("# Generated for the owners benchmark\n");
        rules.ForEach(r => text.Append(r).Append('\n'));
        return text.ToString();
    }

    private static string RandomPath(Random random, string[] services, string[] libraries)
    {
        string Pick(string[] from) => from[random.Next(from.Length)];
        var file = random.Next(10) == 0 ? Pick(Names) : $"{Pick(Words)}_{random.Next(50)}.{Pick(Extensions)}";
        var middle = string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(10) == 0 ? "generated/" : Pick(Words) + "/"));
        return random.Next(100) switch
        {
            < 55 => $"services/{Pick(services)}/{Pick(Subfolders)}/{middle}{file}",
            < 80 => $"libs/{(random.Next(4) == 0 ? Pick(Words) + "-client" : Pick(libraries))}/src/{middle}{file}",
            < 90 => $"platform/{Pick(Words)}/{Pick(Words)}/{Pick(Subfolders)}/{middle}{file}",
            < 95 => $"docs/{Pick(Words)}/{middle}{file}",
            _ => $"{Pick(Subfolders)}/{middle}{file}",
        };
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
