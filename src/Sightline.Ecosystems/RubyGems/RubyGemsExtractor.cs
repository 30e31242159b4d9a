using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Bundler projects: one graph per Gemfile.lock (or gems.locked) read with the Gemfile (gems.rb) beside
/// it for groups; a Gemfile without a lockfile gives its declarations, unresolved; a gemspec that no
/// Gemfile's `gemspec` line takes in gives its own graph of declared requirements. Gemspecs publish.
/// </summary>
public sealed partial class RubyGemsExtractor : IEcosystemExtractor
{
    private static readonly (string Manifest, string Lockfile)[] Pairs = [("Gemfile", "Gemfile.lock"), ("gems.rb", "gems.locked")];

    public string Id => "rubygems";

    public Ecosystem Ecosystem => Ecosystem.RubyGems;

    public int Version => 3;

    public IReadOnlyList<string> FilePatterns { get; } = ["Gemfile", "Gemfile.lock", "gems.rb", "gems.locked", "*.gemspec"];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        var listed = files;
        // Gems installed by `bundle install --path vendor/bundle` are not this repository's projects.
        files = [.. files.Where(f => !f.StartsWith("vendor/bundle/", StringComparison.Ordinal) && !f.Contains("/vendor/bundle/", StringComparison.Ordinal))];
        var present = new HashSet<string>(files, StringComparer.Ordinal);
        var gemspecFiles = files.Where(f => f.EndsWith(".gemspec", StringComparison.OrdinalIgnoreCase)).ToList();
        var consumed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in files.Select(RepositoryPath.Directory).Distinct(StringComparer.Ordinal))
        {
            foreach (var (manifestName, lockName) in Pairs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var manifest = Join(folder, manifestName);
                var lockfile = Join(folder, lockName);
                if (present.Contains(manifest) || present.Contains(lockfile))
                {
                    Project(repository, present.Contains(manifest) ? manifest : null, present.Contains(lockfile) ? lockfile : null, gemspecFiles, consumed, result);
                }
            }
        }

        foreach (var file in gemspecFiles.Where(f => !consumed.Contains(f)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadGemspec(repository, file, result) is { } gemspec)
            {
                result.Graphs.Add(GemDeclaredGraph.ForGemspec(gemspec, file));
            }
        }

        ApplyInstalledLicences(repository, listed, result);
        return result;
    }

    private static void Project(IRepositoryFiles repository, string? manifest, string? lockfile, List<string> gemspecFiles, HashSet<string> consumed, ExtractionResult result)
    {
        Gemfile? gemfile = null;
        if (manifest is not null)
        {
            SafeParse.TryRun(manifest, result, () =>
            {
                using var stream = repository.OpenRead(manifest);
                result.BytesRead += stream.CanSeek ? stream.Length : 0;
                gemfile = GemfileReader.Read(stream);
            });
        }

        var gemspecs = new List<(Gemspec Spec, string DevelopmentGroup)>();
        foreach (var directive in gemfile?.Gemspecs ?? [])
        {
            foreach (var file in GemspecsFor(directive, RepositoryPath.Directory(manifest!), gemspecFiles))
            {
                consumed.Add(file);
                if (ReadGemspec(repository, file, result) is { } gemspec)
                {
                    gemspecs.Add((gemspec, directive.DevelopmentGroup));
                }
            }
        }

        var scopes = gemfile?.Scopes() ?? [];
        foreach (var (gemspec, group) in gemspecs)
        {
            foreach (var dependency in gemspec.Dependencies.Where(d => d.Development))
            {
                // Bundler puts a gemspec's development dependencies in its development group.
                scopes.TryAdd(dependency.Name, GemfileReader.ScopeOfGroup(group, optional: false));
            }
        }

        if (lockfile is null)
        {
            if (gemfile is not null)
            {
                result.Graphs.Add(GemDeclaredGraph.ForGemfile(gemfile, gemspecs, manifest!));
            }

            return;
        }

        SafeParse.TryRun(lockfile, result, () =>
        {
            using var stream = repository.OpenRead(lockfile);
            result.BytesRead += stream.CanSeek ? stream.Length : 0;
            var parsed = GemLockfileParser.Parse(stream);
            var kind = RepositoryPath.FileName(lockfile) + (parsed.BundledWith is { } bundler ? $" (bundler {bundler})" : string.Empty);
            var graph = GemLockGraph.Build(parsed, manifest ?? lockfile, lockfile, kind, scopes);
            graph.Root.License = GemDeclaredGraph.ProjectLicense(gemspecs.Select(g => g.Spec));
            foreach (var (gemspec, _) in gemspecs.Where(g => g.Spec.Name is not null))
            {
                // The lockfile's PATH spec knows the version when the gemspec computes it.
                var version = gemspec.Version ?? parsed.Specs.Find(s => s.Name == gemspec.Name && s.Source.Kind == "PATH")?.Version;
                graph.Publishes.Add(new PublishedPackage(gemspec.Name!, version));
                foreach (var node in graph.Nodes.Where(n => n.Id != 0 && n.Source == PackageSource.Local && n.Name == gemspec.Name))
                {
                    node.License = gemspec.License; // the gem this repository builds: its own gemspec's licence
                }
            }

            result.Graphs.Add(graph);
        });
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
