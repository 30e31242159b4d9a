using System.Text.Json;

namespace Sightline.Bench;

internal sealed partial class FleetGenerator
{
    /// <summary>package.json + package-lock.json v3 laid out as npm does: hoisted, nested on version conflicts.</summary>
    private void WriteNpm(string repo, string name, int directCount, int maxPackages, int nestEvery = 0)
    {
        var entries = new Dictionary<string, (int Package, string Version, bool Dev, Dictionary<string, string> Deps)>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        var prod = new Dictionary<string, string>(StringComparer.Ordinal);
        var dev = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < directCount; i++)
        {
            var package = _random.Next(_npm.Length);
            var version = PickVersion(_npm[package]);
            (i % 10 < 7 ? prod : dev)[_npm[package].Name] = version;
        }

        // Production roots first: whatever they reach is runtime; what only dev roots reach is dev.
        foreach (var (roots, isDev) in new[] { (prod, false), (dev, true) })
        {
            foreach (var (dependency, version) in roots)
            {
                Place(string.Empty, Array.FindIndex(_npm, p => p.Name == dependency), version, isDev);
            }

            while (queue.Count > 0 && entries.Count < maxPackages)
            {
                var location = queue.Dequeue();
                var entry = entries[location];
                var versionIndex = Array.IndexOf(_npm[entry.Package].Versions, entry.Version);
                foreach (var child in _npm[entry.Package].Dependencies[versionIndex])
                {
                    var childVersion = nestEvery > 0 && child % nestEvery == 0 ? _npm[child].Versions[_random.Next(_npm[child].Versions.Length)] : PickVersion(_npm[child]);
                    entry.Deps[_npm[child].Name] = "^" + childVersion;
                    Place(location, child, childVersion, isDev);
                }
            }
        }

        void Place(string parent, int package, string version, bool isDev)
        {
            var packageName = _npm[package].Name;
            for (var at = parent; ; at = Up(at))
            {
                var candidate = (at.Length == 0 ? string.Empty : at + "/") + "node_modules/" + packageName;
                if (entries.TryGetValue(candidate, out var found))
                {
                    if (found.Version == version)
                    {
                        return;
                    }

                    break;
                }

                if (at.Length == 0)
                {
                    entries[candidate] = (package, version, isDev, []);
                    queue.Enqueue(candidate);
                    return;
                }
            }

            var nested = (parent.Length == 0 ? string.Empty : parent + "/") + "node_modules/" + packageName;
            if (!entries.ContainsKey(nested))
            {
                entries[nested] = (package, version, isDev, []);
                queue.Enqueue(nested);
            }
        }

        WriteJson(Path.Combine(repo, "package.json"), w =>
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("version", "1.0.0");
            WriteMap(w, "dependencies", prod);
            WriteMap(w, "devDependencies", dev);
            w.WriteEndObject();
        });
        WriteJson(Path.Combine(repo, "package-lock.json"), w =>
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("version", "1.0.0");
            w.WriteNumber("lockfileVersion", 3);
            w.WriteBoolean("requires", true);
            w.WriteStartObject("packages");
            w.WriteStartObject(string.Empty);
            w.WriteString("name", name);
            w.WriteString("version", "1.0.0");
            WriteMap(w, "dependencies", prod);
            WriteMap(w, "devDependencies", dev);
            w.WriteEndObject();
            foreach (var (location, entry) in entries)
            {
                var package = _npm[entry.Package];
                var tail = package.Name[(package.Name.LastIndexOf('/') + 1)..];
                w.WriteStartObject(location);
                w.WriteString("version", entry.Version);
                w.WriteString("resolved", $"https://registry.npmjs.org/{package.Name}/-/{tail}-{entry.Version}.tgz");
                w.WriteString("integrity", Integrity());
                if (entry.Dev)
                {
                    w.WriteBoolean("dev", true);
                }

                WriteMap(w, "dependencies", entry.Deps);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private string PickVersion(Package package) =>
        _random.Next(10) < 7 ? package.Versions[^1] : package.Versions[_random.Next(package.Versions.Length)];

    private static string Up(string location)
    {
        var cut = location.LastIndexOf("/node_modules/", StringComparison.Ordinal);
        return cut < 0 ? string.Empty : location[..cut];
    }

    private static void WriteMap(Utf8JsonWriter w, string property, Dictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return;
        }

        w.WriteStartObject(property);
        foreach (var (key, value) in map)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }
}
