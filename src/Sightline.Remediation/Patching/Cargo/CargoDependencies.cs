using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.Cargo;

/// <summary>One dependency declaration of a Cargo.toml, gathered from whichever TOML form spells it.</summary>
internal sealed class CargoDependency(string section, string key)
{
    /// <summary>The table it is declared in, as written in a header: "dependencies", "target.'cfg(windows)'.dependencies".</summary>
    public string Section { get; } = section;

    /// <summary>The key in that table (the name the code uses).</summary>
    public string Key { get; } = key;

    /// <summary>The crate on crates.io: the key, or the "package" it renames.</summary>
    public string Crate { get; set; } = key;

    public TomlValue? Version { get; set; }

    /// <summary>"regex.workspace = true" / { workspace = true }: the version lives in [workspace.dependencies].</summary>
    public bool Inherited { get; set; }

    /// <summary>"path" or "git" when the crate does not come from a registry.</summary>
    public string? Source { get; set; }
}

/// <summary>Finds dependency declarations in [dependencies], dev-/build-, target-specific and [workspace.dependencies] tables.</summary>
internal static class CargoDependencies
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies",
    };

    public static List<CargoDependency> Find(TomlDocument document, string crate)
    {
        var wanted = PackageNames.Normalize(Ecosystem.Cargo, crate);
        var found = new Dictionary<string, CargoDependency>(StringComparer.Ordinal);
        foreach (var entry in document.Entries)
        {
            var path = entry.Path;
            var prefix = SectionLength(path);
            if (prefix == 0 || path.Count <= prefix)
            {
                continue;
            }

            var section = string.Join('.', path.Take(prefix).Select(Quote));
            var id = section + "\n" + path[prefix];
            if (!found.TryGetValue(id, out var dependency))
            {
                dependency = new CargoDependency(section, path[prefix]);
                found.Add(id, dependency);
            }

            var rest = path.Skip(prefix + 1).ToList();
            if (rest.Count == 0 && entry.Value.Kind == TomlValueKind.InlineTable)
            {
                foreach (var field in entry.Value.Entries)
                {
                    Apply(dependency, field.Key, field.Value);
                }
            }
            else if (rest.Count == 0)
            {
                dependency.Version = entry.Value;
            }
            else
            {
                Apply(dependency, rest, entry.Value);
            }
        }

        return [.. found.Values.Where(d => PackageNames.Normalize(Ecosystem.Cargo, d.Crate) == wanted)];
    }

    private static void Apply(CargoDependency dependency, IReadOnlyList<string> key, TomlValue value)
    {
        if (key.Count != 1)
        {
            return;
        }

        switch (key[0])
        {
            case "version":
                dependency.Version = value;
                break;
            case "workspace":
                dependency.Inherited = value.Text == "true";
                break;
            case "path" or "git":
                dependency.Source ??= key[0];
                break;
            case "package":
                dependency.Crate = value.Text;
                break;
        }
    }

    // dependencies.x, target.<cfg>.dependencies.x, workspace.dependencies.x: the length of the table part.
    private static int SectionLength(IReadOnlyList<string> path)
    {
        if (path.Count > 0 && Kinds.Contains(path[0]))
        {
            return 1;
        }

        if (path.Count > 2 && path[0] == "target" && Kinds.Contains(path[2]))
        {
            return 3;
        }

        return path.Count > 1 && path[0] == "workspace" && path[1] == "dependencies" ? 2 : 0;
    }

    private static string Quote(string part) =>
        part.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? part : "'" + part + "'";
}
