using System.Diagnostics;
using System.Globalization;
using Sightline.Bench;

// Usage:
//   dotnet run -c Release --project bench/Sightline.Bench -- all [--repos 1000] [--monorepos 2] [--out bench/out]
//   ... -- generate DIR [--repos N] [--monorepos M]   write the synthetic fleet
//   ... -- parse DIR                                 parse every npm/NuGet lockfile under DIR (default ../shared/data/lockfiles)
//   ... -- index DIR [--db FILE]                     index DIR into a fresh database, then time who-uses
//   ... -- reach                                     cross-repository reachability verdicts on a 1,000-repository fleet
//   ... -- plan                                      the Log4Shell plan for 1,000 repositories through 50 internal libraries
//   ... -- sbom                                      an SBOM of a 5,000-component repository in four formats
//   ... -- analyse [DIR]                             source analysers (C#, JS/TS) on a folder: lines/s on one core
//   ... -- maven [DIR]                               a 50-module Maven build with parent and BOMs in other repositories
//   ... -- owners                                    CODEOWNERS: 1,000,000 owner lookups against a 2,000-rule file, one core
//   ... -- corpus [DIR] [--db FILE]                  index the whole real corpus (every ecosystem); per-project packages and edges
//   ... -- schedule [--repos 1000]                   schedule a fleet-wide release: 50 libraries, N repositories, ~3,150 actions
//   ... -- advisories --db FILE [--advisories N]     import ../shared/data/osv; then, into FILE (an indexed fleet),
//                                                    a synthetic N-record dump, a whole-fleet match, exposure latency
var command = args.Length > 0 ? args[0] : "all";
var options = Options.Parse(args.Skip(1).ToArray());
Console.WriteLine(Inv($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB"));

switch (command)
{
    case "generate":
        Generate(options.Positional ?? "bench/out/fleet", options);
        break;
    case "parse":
        ParseBenchmark.Run(options.Positional ?? Path.Combine("..", "shared", "data", "lockfiles"), options.Iterations);
        break;
    case "index":
        await IndexBenchmark.RunAsync(options.Positional ?? "bench/out/fleet", options.Database);
        break;
    case "corpus":
        await CorpusBenchmark.RunAsync(options.Positional ?? Path.Combine("..", "shared", "data", "lockfiles"), options.Database, Path.Combine("bench", "out", "sightline-corpus.tsv"));
        break;
    case "reach":
        ReachBenchmark.Run();
        break;
    case "sbom":
        SbomBenchmark.Run();
        break;
    case "plan":
        await PlanFleetBenchmark.RunAsync(Path.Combine("..", "shared", "data", "osv"));
        break;
    case "owners":
        OwnersBenchmark.Run();
        break;
    case "schedule":
        PlanBenchmark.Run(options.Repositories);
        break;
    case "analyse":
        AnalyseBenchmark.Run(options.Positional ?? "src");
        break;
    case "maven":
        await MavenBenchmark.RunAsync(options.Positional ?? Path.Combine("bench", "out", "maven-fleet"));
        break;
    case "profile":
        ProfileFiles.Run(options.Positional ?? Path.Combine("..", "shared", "data", "lockfiles"), options.Iterations);
        break;
    case "advisories":
        {
            // Needs `index` first (its database is kept with --db); generates the synthetic dump once.
            var zip = Path.Combine("bench", "out", "synthetic-osv.zip");
            if (!File.Exists(zip))
            {
                AdvisoryGenerator.Write(zip, options.Advisories, Path.Combine("..", "shared", "data", "osv"), new FleetGenerator().Packages);
            }

            AdvisoryBenchmark.Run(Path.Combine("..", "shared", "data", "osv"), options.Database ?? "bench/out/fleet.db", zip);
            break;
        }

    case "all":
        var fleet = Path.Combine(options.Positional ?? "bench/out", "fleet");
        if (!Directory.Exists(fleet))
        {
            Generate(fleet, options);
        }

        ParseBenchmark.Run(Path.Combine("..", "shared", "data", "lockfiles"), options.Iterations);
        ParseBenchmark.Run(fleet, 1);
        await IndexBenchmark.RunAsync(fleet, options.Database);
        break;
    default:
        Console.Error.WriteLine($"unknown command '{command}': generate | parse | index | corpus | profile | advisories | all");
        return 2;
}

return 0;

static void Generate(string folder, Options options)
{
    var clock = Stopwatch.StartNew();
    new FleetGenerator().Write(folder, options.Repositories, options.Monorepos);
    var bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
    Console.WriteLine(Inv($"generated {options.Repositories} repositories + {options.Monorepos} monorepos in {folder}: {bytes / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s"));
}

static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

internal sealed record Options(string? Positional, int Repositories, int Monorepos, int Iterations, string? Database, int Advisories)
{
    public static Options Parse(string[] args)
    {
        string? positional = null;
        int repos = 1000, monorepos = 2, iterations = 10, advisories = 100_000;
        string? db = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--repos": repos = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--monorepos": monorepos = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--iterations": iterations = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--db": db = args[++i]; break;
                case "--advisories": advisories = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: positional = args[i]; break;
            }
        }

        return new Options(positional, repos, monorepos, iterations, db, advisories);
    }
}
