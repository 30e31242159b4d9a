using System.Text;

namespace Sightline.Bench;

internal sealed partial class FleetGenerator
{
    /// <summary>A csproj with PackageReferences and its packages.lock.json v1 (net8.0), transitive closure included.</summary>
    private void WriteNuGet(string repo, int index)
    {
        var direct = Enumerable.Range(0, _random.Next(5, 20)).Select(_ => _random.Next(_nuget.Length)).Distinct().ToList();
        var chosen = new SortedDictionary<int, string>();
        var directSet = direct.ToHashSet();
        var queue = new Queue<int>();
        foreach (var package in direct)
        {
            chosen[package] = PickVersion(_nuget[package]);
            queue.Enqueue(package);
        }

        while (queue.Count > 0)
        {
            var package = queue.Dequeue();
            var versionIndex = Array.IndexOf(_nuget[package].Versions, chosen[package]);
            foreach (var child in _nuget[package].Dependencies[versionIndex])
            {
                if (chosen.TryAdd(child, _nuget[child].Versions[^1]))
                {
                    queue.Enqueue(child);
                }
            }
        }

        var project = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n");
        foreach (var package in direct)
        {
            project.Append(Inv($"    <PackageReference Include=\"{_nuget[package].Name}\" Version=\"{chosen[package]}\" />\n"));
        }

        project.Append("  </ItemGroup>\n</Project>\n");
        WriteText(Path.Combine(repo, $"Service{index}.csproj"), project.ToString());
        WriteJson(Path.Combine(repo, "packages.lock.json"), w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartObject("dependencies");
            w.WriteStartObject("net8.0");
            foreach (var (package, version) in chosen)
            {
                w.WriteStartObject(_nuget[package].Name);
                w.WriteString("type", directSet.Contains(package) ? "Direct" : "Transitive");
                if (directSet.Contains(package))
                {
                    w.WriteString("requested", $"[{version}, )");
                }

                w.WriteString("resolved", version);
                w.WriteString("contentHash", Convert.ToBase64String(RandomBytes(64)));
                var versionIndex = Array.IndexOf(_nuget[package].Versions, version);
                var deps = _nuget[package].Dependencies[versionIndex];
                if (deps.Length > 0)
                {
                    w.WriteStartObject("dependencies");
                    foreach (var child in deps)
                    {
                        w.WriteString(_nuget[child].Name, chosen[child]);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }
}
