using Sightline.Core.Extraction;
using Sightline.Ecosystems.Npm.Yaml;

namespace Sightline.Ecosystems.Npm.Yarn;

/// <summary>Turns a berry yarn.lock document (YAML) into entries.</summary>
internal static class YarnBerryReader
{
    public static (List<YarnEntry> Entries, string Version) Read(YamlNode document)
    {
        var version = document["__metadata"]?.GetString("version") ?? "?";
        var entries = new List<YarnEntry>(document.Entries.Count);
        foreach (var (key, block) in document.Entries)
        {
            if (key == "__metadata")
            {
                continue;
            }

            if (!block.IsMap)
            {
                throw new ManifestFormatException($"entry '{key}' must be a mapping", block.Line, null);
            }

            var entry = new YarnEntry(block.Line)
            {
                Version = block.GetString("version"),
                Resolved = block.GetString("resolution"),
                Integrity = block.GetString("checksum"),
            };
            foreach (var spec in key.Split(", "))
            {
                entry.Specs.Add(spec.Trim());
            }

            var optional = OptionalNames(block["dependenciesMeta"]);
            foreach (var (name, range) in block["dependencies"]?.Entries ?? [])
            {
                entry.Dependencies.Add(new YarnDependency(name, range.Scalar ?? string.Empty, optional?.Contains(name) == true));
            }

            foreach (var (name, range) in block["optionalDependencies"]?.Entries ?? [])
            {
                entry.Dependencies.Add(new YarnDependency(name, range.Scalar ?? string.Empty, Optional: true));
            }

            entries.Add(entry);
        }

        return (entries, version);
    }

    private static HashSet<string>? OptionalNames(YamlNode? meta)
    {
        if (meta?.Map is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, flags) in meta.Map)
        {
            if (flags.GetString("optional") == "true")
            {
                // dependenciesMeta keys may carry a version ("fsevents@2.3.2"); the name is what matters.
                names.Add(NpmSources.SplitSpec(name).Name);
            }
        }

        return names;
    }
}
