using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.RubyGems;

public sealed partial class RubyGemsExtractor
{
    private const string InstalledFolder = "vendor/bundle/ruby/";

    /// <summary>Installed specifications are short; a bigger file is not one RubyGems wrote, so it is skipped.</summary>
    internal const long MaxInstalledSpecBytes = 256 * 1024;

    /// <summary>
    /// Gemfile.lock names gems, not their licences. `bundle install` with `path vendor/bundle` leaves each
    /// gem's generated specification in the project (vendor/bundle/ruby/3.3.0/specifications/rack-3.0.9.gemspec,
    /// platform gems with a "-x86_64-linux" suffix), and that states the licence. Only registry gems are looked
    /// up, and only a specification whose own name and version are the node's counts. A missing, unreadable or
    /// oversized specification leaves the licence unknown: it is the installer's file, not the repository's.
    /// </summary>
    private static void ApplyInstalledLicences(IRepositoryFiles repository, IReadOnlyList<string> files, ExtractionResult result)
    {
        // (project folder, file name) -> paths; several Ruby versions may each hold one.
        var installed = files.Select(f => (Path: f, Key: InstalledSpecKey(f))).Where(f => f.Key is not null)
            .ToLookup(f => f.Key!.Value, f => f.Path);
        if (installed.Count == 0)
        {
            return;
        }

        foreach (var graph in result.Graphs.Where(g => g.LockfilePath is not null))
        {
            var folder = RepositoryPath.Directory(graph.LockfilePath!);
            foreach (var node in graph.RegistryPackagesWithoutLicence())
            {
                node.License = InstalledLicence(repository, installed, folder, node.Name, node.Version!, result);
            }
        }
    }

    /// <summary>(folder, "rack-3.0.9.gemspec") for &lt;folder&gt;/vendor/bundle/ruby/&lt;ruby version&gt;/specifications/rack-3.0.9.gemspec.</summary>
    private static (string Folder, string File)? InstalledSpecKey(string path)
    {
        var parts = path.Split('/');
        var n = parts.Length;
        return n >= 6 && parts[n - 1].EndsWith(".gemspec", StringComparison.Ordinal) && parts[n - 2] == "specifications"
            && parts[n - 3].Length > 0 && parts[n - 4] == "ruby" && parts[n - 5] == "bundle" && parts[n - 6] == "vendor"
            ? (string.Join('/', parts[..(n - 6)]), parts[n - 1])
            : null;
    }

    /// <summary>name-version.gemspec first, then platform builds (name-version-x86_64-linux.gemspec).</summary>
    private static string? InstalledLicence(IRepositoryFiles repository, ILookup<(string, string), string> installed, string folder, string name, string version, ExtractionResult result)
    {
        var plain = name + "-" + version;
        var platforms = installed
            .Where(g => g.Key.Item1 == folder && g.Key.Item2.Length > plain.Length + 1 && g.Key.Item2.StartsWith(plain + "-", StringComparison.Ordinal) && char.IsAsciiLetter(g.Key.Item2[plain.Length + 1]))
            .OrderBy(g => g.Key.Item2, StringComparer.Ordinal)
            .SelectMany(g => g);
        foreach (var path in installed[(folder, plain + ".gemspec")].Concat(platforms))
        {
            // The file name is the installer's; the specification's own name and version must agree.
            if (ReadInstalledSpec(repository, path, result) is { } spec && spec.Name == name && spec.Version == version)
            {
                return spec.License;
            }
        }

        return null;
    }

    private static Gemspec? ReadInstalledSpec(IRepositoryFiles repository, string path, ExtractionResult result)
    {
        if (!repository.TryOpen(path, out var stream))
        {
            return null;
        }

        byte[]? bytes = null;
        using (stream)
        {
            // Problems go to a scratch result: this file is optional evidence, never the extraction's error.
            if (!SafeParse.TryRun(path, new ExtractionResult(), () => bytes = BoundedRead.All(stream, MaxInstalledSpecBytes)) || bytes is null)
            {
                return null;
            }
        }

        result.BytesRead += bytes.Length;
        using var buffer = new MemoryStream(bytes, writable: false);
        Gemspec? spec = null;
        SafeParse.TryRun(path, new ExtractionResult(), () => spec = GemspecReader.Read(buffer));
        return spec;
    }
}
