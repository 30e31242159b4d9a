using System.Globalization;
using Sightline.Core.Code;
using Sightline.Core.Model;
using Sightline.Store;

namespace Sightline.Engine.Reachability;

/// <summary>A function of an internal library that reaches a vulnerable symbol, with the frames from it to the call.</summary>
internal sealed record LibraryReach(string Repository, string Library, IReadOnlyList<TraceFrame> Frames);

public sealed partial class ReachabilityAnalyzer
{
    private readonly Dictionary<(string, string), Dictionary<string, LibraryReach>> _exports = [];
    private InternalPackages? _internal;

    /// <summary>
    /// The functions of the internal libraries <paramref name="repository"/> depends on (the repositories
    /// that build them, and theirs in turn) from which a vulnerable symbol is reached, by the name a consumer
    /// calls them: the definition id for C#, Java, Go and Python (fully qualified), "package.export" for
    /// npm. A dependency cycle between repositories stops at the repository already on the way.
    /// </summary>
    private Dictionary<string, LibraryReach> Exports(string repository, IReadOnlyCollection<string> symbols, HashSet<string> visiting)
    {
        var key = (repository, string.Join('\n', symbols.Order(StringComparer.Ordinal)));
        if (_exports.TryGetValue(key, out var known))
        {
            return known;
        }

        var exports = new Dictionary<string, LibraryReach>(StringComparer.Ordinal);
        visiting.Add(repository);
        foreach (var (library, producer, usedVersion) in LibrariesOf(repository).Where(l => !visiting.Contains(l.Repository)))
        {
            var inner = Exports(library, symbols, visiting);
            var (code, lines, tagNote) = AtVersion(library, producer, usedVersion);
            var matcher = new SymbolMatcher(symbols.Concat(inner.Keys));
            var sites = new List<(string Caller, CodeCall Call, string File, string Callee)>();
            foreach (var file in code.Files.Where(f => !f.IsTest))
            {
                foreach (var call in file.Calls.Where(c => c.Kind != CallKind.Local))
                {
                    if (matcher.Match(call.Callee, call.Candidates) is { } name)
                    {
                        sites.Add((RepositoryCode.CallerOf(file, call), call, file.Path, name));
                    }
                }
            }

            if (sites.Count == 0)
            {
                continue;
            }

            var note = tagNote ?? Note(library, producer, usedVersion);
            var back = code.ReachBackwards(sites);
            foreach (var definition in code.Definitions.Where(d => back.ContainsKey(d.Id)))
            {
                var frames = Frames(library, definition.Id, back, inner, lines, note);
                foreach (var name in ExportNames(definition, producer))
                {
                    if (!exports.TryGetValue(name, out var existing) || existing.Frames.Count > frames.Count)
                    {
                        exports[name] = new LibraryReach(library, producer.Name, frames);
                    }
                }
            }
        }

        visiting.Remove(repository);
        _exports[key] = exports;
        return exports;
    }

    private static List<TraceFrame> Frames(string library, string start, Dictionary<string, (string? Next, CodeCall Call, string File, string Callee)> back,
        Dictionary<string, LibraryReach> inner, SourceLines lines, string? note)
    {
        var frames = new List<TraceFrame>();
        var node = start;
        while (back.TryGetValue(node, out var step) && frames.Count < 256)
        {
            frames.Add(new TraceFrame(step.File, step.Call.Line, step.Call.Column, node, step.Callee, lines.Line(step.File, step.Call.Line))
            {
                Repository = library,
                Note = frames.Count == 0 ? note : null,
            });
            if (step.Next is null)
            {
                if (inner.TryGetValue(step.Callee, out var deeper))
                {
                    frames.AddRange(deeper.Frames);
                }

                break;
            }

            node = step.Next;
        }

        return frames;
    }

    /// <summary>npm consumers call "package.export"; the other languages call the definition's own fully qualified id.</summary>
    private static IEnumerable<string> ExportNames(CodeDefinition definition, PublishedRecord producer) =>
        producer.Ecosystem == Ecosystem.Npm
            ? definition.Entry == EntryPointKind.PackageExport ? [producer.Name + "." + definition.Name] : []
            : [definition.Id];

    private readonly Dictionary<(string, string), (RepositoryCode, SourceLines)> _tagged = [];
    private readonly List<string> _exported = [];

    /// <summary>
    /// The library's code at the version the consumer uses when a git tag says which commit that is
    /// (v1.2.0, 1.2.0, name-1.2.0), analysed from an export of that commit; else the indexed revision.
    /// </summary>
    private (RepositoryCode Code, SourceLines Lines, string? Note) AtVersion(string library, PublishedRecord producer, string? usedVersion)
    {
        _locations ??= store.ListRepositories().ToDictionary(r => r.Name, r => r.Location, StringComparer.Ordinal);
        if (git is null || usedVersion is null || usedVersion == producer.Version || _locations.GetValueOrDefault(library) is not { } location)
        {
            var (code, lines) = Load(library);
            return (code, lines, null);
        }

        var artifact = producer.Name[(producer.Name.LastIndexOfAny([':', '/']) + 1)..];
        foreach (var tag in new[] { "v" + usedVersion, usedVersion, artifact + "-" + usedVersion, artifact + "@" + usedVersion })
        {
            if (git.ResolveTag(location, tag) is not { } commit)
            {
                continue;
            }

            if (!_tagged.TryGetValue((library, commit), out var tagged))
            {
                var folder = Path.Combine(Path.GetTempPath(), "sightline-tag-" + Guid.NewGuid().ToString("N"));
                _exported.Add(folder);
                if (!git.Export(location, commit, folder))
                {
                    break;
                }

                var files = new Core.Repositories.FileSystemRepository(folder);
                var analysed = CodeIndexing.Run(files, Analysers.All, new Dictionary<string, StoredCodeFile>(), CancellationToken.None);
                tagged = (new RepositoryCode(analysed.Files), new SourceLines(folder));
                _tagged[(library, commit)] = tagged;
            }

            return (tagged.Item1, tagged.Item2, string.Create(CultureInfo.InvariantCulture, $"{library} traced at tag {tag} (commit {commit[..12]}), the version the consumer uses; indexed at {producer.Version ?? "?"}"));
        }

        var (indexed, indexedLines) = Load(library);
        return (indexed, indexedLines, null);
    }

    /// <summary>Deletes the library exports read at tags.</summary>
    public void Dispose()
    {
        foreach (var folder in _exported)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind costs disk, not correctness.
            }
        }

        _exported.Clear();
    }

    private string? Note(string library, PublishedRecord producer, string? usedVersion)
    {
        _locations ??= store.ListRepositories().ToDictionary(r => r.Name, r => r.Location, StringComparer.Ordinal);
        var revision = store.GetStoredRevision(library)?.Revision ?? "?";
        var shortRevision = revision.Length > 19 ? revision[..19] : revision;
        return producer.Version is not null && usedVersion is not null && producer.Version != usedVersion
            ? string.Create(CultureInfo.InvariantCulture, $"{library} traced at its indexed revision {shortRevision} ({producer.Name} {producer.Version}); the consumer uses {usedVersion}, and no tag names that version")
            : string.Create(CultureInfo.InvariantCulture, $"{library} traced at its indexed revision {shortRevision} ({producer.Name} {producer.Version ?? "?"})");
    }

    /// <summary>The internal libraries a repository's graphs depend on, and the repositories that build them.</summary>
    private IEnumerable<(string Repository, PublishedRecord Producer, string? UsedVersion)> LibrariesOf(string repository)
    {
        _internal ??= store.LoadInternalPackages();
        if (_internal.Count == 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in store.ListManifests(repository))
        {
            foreach (var node in store.LoadGraph(manifest).Nodes.Where(n => n.Index > 0))
            {
                if (!Enum.TryParse<Ecosystem>(node.Ecosystem, out var ecosystem))
                {
                    continue;
                }

                foreach (var producer in _internal.ProducersFor(repository, ecosystem, node.Name))
                {
                    if (seen.Add(producer.Repository))
                    {
                        yield return (producer.Repository, producer, node.Version);
                    }
                }
            }
        }
    }
}
