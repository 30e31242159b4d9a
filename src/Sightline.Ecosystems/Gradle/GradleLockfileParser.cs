using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// Gradle dependency locking. gradle.lockfile (Gradle 6.8+): one "group:artifact:version=conf1,conf2" line
/// per resolved module; buildscript-gradle.lockfile the same for the build script's classpath; the legacy
/// per-configuration files gradle/dependency-locks/&lt;configuration&gt;.lockfile list "group:artifact:version"
/// lines for that one configuration. The format has no edges.
/// </summary>
internal static class GradleLockfileParser
{
    public static void Read(Stream stream, LockedModules modules, bool buildscript, string? configuration)
    {
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            modules.BytesRead += line.Length + 1;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("empty=", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var coordinates = (equals < 0 ? text : text[..equals]).Split(':');
            if (coordinates.Length != 3 || coordinates.Any(string.IsNullOrWhiteSpace))
            {
                throw new ManifestFormatException($"expected group:artifact:version=configurations, found '{Shorten(text)}'", number, 1);
            }

            IEnumerable<string> configurations = equals < 0
                ? configuration is null ? [] : [configuration]
                : text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            modules.Add(coordinates[0] + ":" + coordinates[1], coordinates[2], configurations, buildscript);
        }
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}

/// <summary>The modules of a project's lockfiles, one entry per group:artifact@version, in file order.</summary>
internal sealed class LockedModules
{
    private readonly Dictionary<(string Name, string Version), Entry> _entries = [];
    private readonly List<Entry> _ordered = [];

    public IReadOnlyList<Entry> Entries => _ordered;

    public long BytesRead { get; set; }

    public void Add(string name, string version, IEnumerable<string> configurations, bool buildscript)
    {
        if (!_entries.TryGetValue((name, version), out var entry))
        {
            entry = new Entry(name, version);
            _entries[(name, version)] = entry;
            _ordered.Add(entry);
        }

        (buildscript ? entry.BuildscriptConfigurations : entry.Configurations).UnionWith(configurations);
        entry.Buildscript |= buildscript;
        entry.Project |= !buildscript;
    }

    internal sealed class Entry(string name, string version)
    {
        public string Name { get; } = name;

        public string Version { get; } = version;

        public SortedSet<string> Configurations { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> BuildscriptConfigurations { get; } = new(StringComparer.Ordinal);

        public bool Project { get; set; }

        public bool Buildscript { get; set; }
    }
}
