using System.Globalization;
using System.Text;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Ecosystems.Npm.Yaml;

namespace Sightline.Ecosystems.Npm.Pnpm;

/// <summary>
/// pnpm-lock.yaml v5.x, v6.0 and v9.0: importers (the root and workspace members) declare, packages
/// (v5/v6) or snapshots (v9) resolve. Keys: "/name/1.0.0_peer" (v5), "/name@1.0.0(peer)" (v6),
/// "name@1.0.0(peer)" (v9).
/// </summary>
internal static class PnpmLockParser
{
    /// <summary>Package fields (two levels down: packages → key → field) the graph does not use.</summary>
    private static readonly HashSet<string> UnusedFields = new(StringComparer.Ordinal)
    {
        "engines", "cpu", "os", "libc", "bin", "hasBin", "deprecated", "funding", "requiresBuild",
        "peerDependencies", "peerDependenciesMeta", "transitivePeerDependencies", "bundledDependencies",
    };

    public static NpmLockResult Parse(Stream stream, string manifestPath, string lockfilePath, NpmProject? project)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var document = LockYamlReader.Read(reader, skipKeys: UnusedFields, skipDepth: 2);
        var versionNode = document["lockfileVersion"];
        if (versionNode?.Scalar is not { } versionText)
        {
            throw new ManifestFormatException("not a pnpm lockfile: no lockfileVersion", versionNode?.Line ?? 1, null);
        }

        var dot = versionText.IndexOf('.', StringComparison.Ordinal);
        if (!int.TryParse(dot < 0 ? versionText : versionText[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new ManifestFormatException($"unrecognised lockfileVersion '{versionText}'", versionNode.Line, null);
        }

        if (major < 5)
        {
            throw new ManifestFormatException($"pnpm lockfileVersion {versionText} is not supported (5.x, 6.x and 9.x are)", versionNode.Line, null);
        }

        var root = project?.Root;
        var graph = new DependencyGraph(Ecosystem.Npm, manifestPath, "pnpm-lock.yaml v" + versionText, root?.Name, root?.Version)
        {
            LockfilePath = lockfilePath,
        };
        var members = new PnpmReader(graph, document, major, lockfilePath, project ?? new NpmProject(null)).Read();
        return new NpmLockResult(graph, members);
    }
}
