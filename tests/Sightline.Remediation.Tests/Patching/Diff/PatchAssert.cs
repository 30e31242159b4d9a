using System.Text;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Remediation.Patching;
using Sightline.Tests;
using Xunit;

namespace Sightline.Remediation.Tests.Patching;

/// <summary>Reads real manifests and re-parses patched ones with the real extractors.</summary>
internal static class PatchAssert
{
    /// <summary>A real manifest; a UTF-8 BOM stays in the string as U+FEFF, as the caller of a patcher keeps it.</summary>
    public static string Real(params string[] parts) => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine([TestPaths.Lockfiles, .. parts])));

    public static string Fixture(params string[] parts) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(TestPaths.TestData("Sightline.Remediation.Tests", ["patching", .. parts])));

    /// <summary>The patched text; fails with the problem when the patcher refused.</summary>
    public static string Patched(PatchResult result)
    {
        Assert.Null(result.Problem);
        Assert.NotNull(result.NewText);
        return result.NewText;
    }

    /// <summary>Runs <paramref name="extractor"/> over the files given (path, text).</summary>
    public static ExtractionResult Extract(IEcosystemExtractor extractor, params (string Path, string Text)[] files)
    {
        var repository = new InMemoryRepository();
        foreach (var (path, text) in files)
        {
            repository.Add(path, text);
        }

        var result = extractor.Extract(repository, [.. files.Select(file => file.Path)], CancellationToken.None);
        Assert.Empty(result.Errors);
        return result;
    }

    /// <summary>What the graphs say about <paramref name="name"/>: requirements on edges and unresolved entries, and resolved versions.</summary>
    public static IReadOnlyList<string> Declared(ExtractionResult result, string name)
    {
        var found = new List<string>();
        foreach (var graph in result.Graphs)
        {
            foreach (var edge in graph.Edges)
            {
                if (graph.Nodes[edge.To].Name == name)
                {
                    found.Add(edge.Requirement ?? graph.Nodes[edge.To].Version ?? "");
                }
            }

            found.AddRange(graph.Unresolved.Where(unresolved => unresolved.Name == name).Select(unresolved => unresolved.Requirement ?? ""));
        }

        return found;
    }

    public static IReadOnlyList<string> Versions(ExtractionResult result, string name) =>
        [.. result.Graphs.SelectMany(graph => graph.Nodes).Where(node => node.Name == name && node.Id != 0).Select(node => node.Version ?? "")];

    /// <summary>Asserts the exact diff, written with "\n" line breaks.</summary>
    public static void DiffIs(string expected, string path, string before, string after) =>
        Assert.Equal(expected, UnifiedDiff.Create(path, before, after));
}
