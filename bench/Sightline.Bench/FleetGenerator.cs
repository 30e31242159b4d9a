using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sightline.Bench;

/// <summary>
/// Writes a synthetic fleet: N plain repositories with realistic npm package-lock.json (v3) or NuGet
/// packages.lock.json files drawn from one synthetic registry, so popular packages recur across the
/// fleet at a spread of versions, plus a few 10–20 MB monorepo lockfiles. Seeded: same input, same fleet.
/// </summary>
internal sealed partial class FleetGenerator
{
    private readonly Random _random;
    private readonly Package[] _npm;
    private readonly Package[] _nuget;

    public FleetGenerator(int seed = 42)
    {
        _random = new Random(seed);
        _npm = Registry(6000, "npm");
        _nuget = Registry(1500, "nuget");
    }

    public void Write(string folder, int repositories, int monorepos)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < repositories; i++)
        {
            var repo = Path.Combine(folder, $"repo-{i:D4}");
            Directory.CreateDirectory(repo);
            if (i % 5 == 4)
            {
                WriteNuGet(repo, i);
            }
            else
            {
                WriteNpm(repo, $"repo-{i:D4}", directCount: _random.Next(15, 45), maxPackages: 2500);
            }
        }

        for (var m = 0; m < monorepos; m++)
        {
            var repo = Path.Combine(folder, $"monorepo-{m}");
            Directory.CreateDirectory(repo);
            // ~40k entries with long nested paths: 10–20 MB, like the lockfiles of the largest JS monorepos.
            WriteNpm(repo, $"monorepo-{m}", directCount: 1500 + (m * 500), maxPackages: 40000 + (m * 8000), nestEvery: 1);
        }
    }

    private sealed record Package(string Name, string[] Versions, int[][] Dependencies);

    /// <summary>The synthetic registry's packages and versions: advisories are generated against them.</summary>
    public IEnumerable<(string Ecosystem, string Name, string[] Versions)> Packages =>
        _npm.Select(p => ("npm", p.Name, p.Versions)).Concat(_nuget.Select(p => ("NuGet", p.Name, p.Versions)));

    private Package[] Registry(int count, string ecosystem)
    {
        var packages = new Package[count];
        for (var i = 0; i < count; i++)
        {
            var name = ecosystem == "npm"
                ? (i % 7 == 0 ? $"@scope{i % 50}/pkg-{i}" : $"pkg-{i}")
                : $"Vendor{i % 40}.Library{i}";
            var versions = Enumerable.Range(0, 1 + _random.Next(6))
                .Select(v => $"{_random.Next(0, 5)}.{_random.Next(0, 30)}.{v}").Distinct().ToArray();
            // Dependencies point to lower-numbered packages only, so the registry is acyclic like most of npm.
            var deps = new int[versions.Length][];
            for (var v = 0; v < versions.Length; v++)
            {
                deps[v] = i < 10 ? [] : Enumerable.Range(0, _random.Next(0, 7)).Select(_ => (int)(i * Math.Pow(_random.NextDouble(), 2))).Distinct().ToArray();
            }

            packages[i] = new Package(name, versions, deps);
        }

        return packages;
    }

    private string Integrity() => "sha512-" + Convert.ToBase64String(RandomBytes(64));

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void WriteJson(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        write(writer);
    }

    private static string Escape(string s) => s.Replace("\"", "\\\"", StringComparison.Ordinal);

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, Encoding.UTF8);
}
