namespace Sightline.Ecosystems.Npm.Yaml;

internal static partial class LockYamlReader
{
    /// <summary>Lockfiles repeat a few keys and values on every entry; sharing them saves most string allocations.</summary>
    private static string Intern(ReadOnlySpan<char> text) => text switch
    {
        "version" => "version",
        "resolution" => "resolution",
        "dependencies" => "dependencies",
        "optionalDependencies" => "optionalDependencies",
        "devDependencies" => "devDependencies",
        "peerDependencies" => "peerDependencies",
        "peerDependenciesMeta" => "peerDependenciesMeta",
        "dependenciesMeta" => "dependenciesMeta",
        "transitivePeerDependencies" => "transitivePeerDependencies",
        "specifier" => "specifier",
        "integrity" => "integrity",
        "tarball" => "tarball",
        "engines" => "engines",
        "npm" => "npm",
        "name" => "name",
        "resolved" => "resolved",
        "type" => "type",
        "commit" => "commit",
        "repo" => "repo",
        "directory" => "directory",
        "conditions" => "conditions",
        "requiresBuild" => "requiresBuild",
        "libc" => "libc",
        "deprecated" => "deprecated",
        "checksum" => "checksum",
        "languageName" => "languageName",
        "linkType" => "linkType",
        "hasBin" => "hasBin",
        "bin" => "bin",
        "cpu" => "cpu",
        "os" => "os",
        "dev" => "dev",
        "optional" => "optional",
        "true" => "true",
        "false" => "false",
        "node" => "node",
        "hard" => "hard",
        "soft" => "soft",
        _ => Pooled(text),
    };

    /// <summary>
    /// Names and versions repeat thousands of times in a lockfile; one shared string per distinct short
    /// value keeps the document small, which matters more to throughput than the lookups cost.
    /// </summary>
    private static string Pooled(ReadOnlySpan<char> text)
    {
        if (t_pool is not { } pool || text.Length > 96)
        {
            return text.ToString();
        }

        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var value = text.ToString();
        pool[value] = value;
        return value;
    }
}
