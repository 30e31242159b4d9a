using Sightline.Core.Extraction;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.RubyGems;

public sealed partial class RubyGemsExtractor
{
    /// <summary>The gemspec files a `gemspec` line loads: those in its folder, or the one it names.</summary>
    private static IEnumerable<string> GemspecsFor(GemspecDirective directive, string folder, List<string> gemspecFiles)
    {
        if (RepositoryPath.Combine(folder, directive.Path) is not { } directory)
        {
            return [];
        }

        var here = gemspecFiles.Where(f => RepositoryPath.Directory(f) == directory).ToList();
        return directive.Name is { } name
            ? here.Where(f => RepositoryPath.FileName(f) == name + ".gemspec")
            : here;
    }

    /// <summary>Parses a gemspec and resolves a `Foo::VERSION` version from the file that defines it.</summary>
    private static Gemspec? ReadGemspec(IRepositoryFiles repository, string file, ExtractionResult result)
    {
        Gemspec? gemspec = null;
        SafeParse.TryRun(file, result, () =>
        {
            using (var stream = repository.OpenRead(file))
            {
                result.BytesRead += stream.CanSeek ? stream.Length : 0;
                gemspec = GemspecReader.Read(stream);
            }

            if (gemspec.Version is not null || gemspec.VersionConstant is not { } constant)
            {
                return;
            }

            var folder = RepositoryPath.Directory(file);
            foreach (var candidate in GemVersionFile.Candidates(gemspec))
            {
                if (RepositoryPath.Combine(folder, candidate) is { } path && repository.Exists(path))
                {
                    using var stream = repository.OpenRead(path);
                    result.BytesRead += stream.CanSeek ? stream.Length : 0;
                    if (GemVersionFile.Find(stream, constant) is { } version)
                    {
                        gemspec.Version = version;
                        return;
                    }
                }
            }
        });
        return gemspec;
    }
}
