using System.Text;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.Cargo.Common;

/// <summary>Real manifests from ../shared/data and fixtures, and what the real extractors read back from a patched text.</summary>
internal static class Manifests
{
    /// <summary>A file under ../shared/data/lockfiles, decoded as UTF-8 with any BOM kept as '\uFEFF'.</summary>
    public static string Real(string relative) => Decode(Path.Combine(TestPaths.Lockfiles, relative));

    /// <summary>A fixture under testdata/patching.</summary>
    public static string Fixture(params string[] parts) =>
        Decode(TestPaths.TestData("Sightline.Remediation.Tests", ["patching", .. parts]));

    /// <summary>
    /// The requirements the real extractor reads for <paramref name="package"/> from <paramref name="text"/> saved as
    /// <paramref name="path"/> alone (no lockfile): edge requirements from the project and unresolved requirements.
    /// </summary>
    public static IReadOnlyList<string> Declared(Ecosystem ecosystem, string path, string text, string package)
    {
        var extractor = Sightline.Ecosystems.Extractors.All.Single(e => e.Ecosystem == ecosystem);
        var repository = new InMemoryRepository().Add(path, Encoding.UTF8.GetBytes(text));
        var result = extractor.Extract(repository, [path], CancellationToken.None);
        Assert.Empty(result.Errors);
        var wanted = PackageNames.Normalize(ecosystem, package);
        var declared = new List<string>();
        foreach (var graph in result.Graphs)
        {
            declared.AddRange(graph.Edges
                .Where(e => e.From == 0 && graph.Nodes[e.To].NormalizedName == wanted)
                .Select(e => e.Requirement ?? graph.Nodes[e.To].Version ?? ""));
            declared.AddRange(graph.Unresolved
                .Where(u => PackageNames.Normalize(ecosystem, u.Name) == wanted)
                .Select(u => u.Requirement ?? ""));
        }

        return declared;
    }

    private static string Decode(string file) => new UTF8Encoding(false).GetString(File.ReadAllBytes(file));
}
