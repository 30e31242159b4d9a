using System.Text;
using Sightline.Core.Model;
using Sightline.Ecosystems.Npm.Yaml;

namespace Sightline.Ecosystems.Npm.Yarn;

/// <summary>yarn.lock, classic v1 or berry (v2+, YAML with __metadata), read line by line from the stream.</summary>
internal static class YarnLockParser
{
    /// <summary>Entry fields the graph does not use; they are read past, not kept.</summary>
    private static readonly HashSet<string> UnusedBerryFields = new(StringComparer.Ordinal)
    {
        "bin", "peerDependencies", "peerDependenciesMeta", "conditions", "languageName", "linkType",
    };

    public static NpmLockResult Parse(Stream stream, string manifestPath, string lockfilePath, NpmProject? project)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);

        // The first meaningful line tells the dialect: berry starts with "__metadata:".
        var lineNumber = 0L;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                break;
            }
        }

        var root = project?.Root;
        if (line is not null && line.StartsWith("__metadata:", StringComparison.Ordinal))
        {
            var document = LockYamlReader.Read(reader, lineNumber, line, UnusedBerryFields, skipDepth: 1);
            var (entries, version) = YarnBerryReader.Read(document);
            var berryGraph = new DependencyGraph(Ecosystem.Npm, manifestPath, $"yarn.lock berry v{version}", root?.Name, root?.Version) { LockfilePath = lockfilePath };
            return new YarnGraphBuilder(entries, berryGraph, lockfilePath, project, berry: true).Build();
        }

        var classic = line is null ? [] : YarnClassicReader.Read(reader, lineNumber, line);
        var graph = new DependencyGraph(Ecosystem.Npm, manifestPath, "yarn.lock v1", root?.Name, root?.Version) { LockfilePath = lockfilePath };
        return new YarnGraphBuilder(classic, graph, lockfilePath, project, berry: false).Build();
    }
}
