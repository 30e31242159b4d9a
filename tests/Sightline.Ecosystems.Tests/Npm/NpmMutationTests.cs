using System.Text;
using Sightline.Core.Repositories;
using Xunit;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>
/// Damaged input must become an error or a graph, never an exception out of the extractor: fixtures are
/// cut, have lines dropped, duplicated or re-indented, and bytes flipped (fixed seed, so reproducible).
/// </summary>
public class NpmMutationTests
{
    [Fact]
    public void MutatedFixtures_NeverThrow()
    {
        var random = new Random(20261124);
        var files = Directory.EnumerateFiles(NpmTestSupport.Fixture(), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "package.json" or "package-lock.json" or "npm-shrinkwrap.json" or "yarn.lock" or "pnpm-lock.yaml")
            .ToList();
        var runs = 0;
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < 100; i++)
            {
                var mutated = Mutate(lines, random);
                var repository = new InMemoryRepository().Add(Path.GetFileName(file), mutated);
                var exception = Record.Exception(() => NpmTestSupport.Extract(repository));
                Assert.True(exception is null, $"{file} mutation {i} threw {exception}\n---\n{mutated}");
                runs++;
            }
        }

        Assert.True(runs > 1000);
    }

    private static string Mutate(string[] lines, Random random)
    {
        var list = lines.ToList();
        switch (random.Next(6))
        {
            case 0:
                list = list.Take(random.Next(list.Count + 1)).ToList();
                break;
            case 1 when list.Count > 0:
                list.RemoveAt(random.Next(list.Count));
                break;
            case 2 when list.Count > 0:
                var index = random.Next(list.Count);
                list.Insert(index, list[index]);
                break;
            case 3 when list.Count > 0:
                var at = random.Next(list.Count);
                list[at] = new string(' ', random.Next(8)) + list[at].TrimStart();
                break;
            default:
                var text = new StringBuilder(string.Join('\n', list));
                for (var flips = random.Next(1, 4); flips > 0 && text.Length > 0; flips--)
                {
                    text[random.Next(text.Length)] = "{}[]\":,'- #()@/\n\t"[random.Next(17)];
                }

                return text.ToString();
        }

        return string.Join('\n', list);
    }
}
