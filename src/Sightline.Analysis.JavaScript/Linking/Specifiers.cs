using Sightline.Analysis.JavaScript.Model;

namespace Sightline.Analysis.JavaScript.Linking;

/// <summary>
/// Maps an import specifier to what it loads: a file of the repository for relative specifiers, an npm
/// package ("lodash", "@scope/name") or a Node builtin ("node:fs") for bare ones.
/// </summary>
internal sealed class Specifiers(IReadOnlySet<string> files)
{
    private static readonly string[] Extensions = [".js", ".ts", ".tsx", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants",
        "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises",
        "http", "http2", "https", "inspector", "module", "net", "os", "path", "path/posix", "path/win32",
        "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
        "stream/promises", "stream/web", "string_decoder", "sys", "test", "timers", "timers/promises", "tls",
        "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib",
    };

    /// <summary>The value a module load gives: a local file, a package (with its deep path), or unknown.</summary>
    public Binding Load(string fromFile, string specifier)
    {
        if (IsRelative(specifier))
        {
            return Resolve(fromFile, specifier) is { } file ? new LocalModule(file) : UnknownValue.Instance;
        }

        return Package(specifier) is { } package ? new PackageValue(package, SymbolPath(specifier, package)) : UnknownValue.Instance;
    }

    public static bool IsRelative(string specifier) =>
        specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal)
        || specifier is "." or "..";

    /// <summary>The package a bare specifier names: "lodash" for "lodash/merge", "@scope/name" for "@scope/name/x", "node:fs" for "fs".</summary>
    public static string? Package(string specifier)
    {
        if (specifier.StartsWith("node:", StringComparison.Ordinal))
        {
            return specifier;
        }

        if (Builtins.Contains(specifier))
        {
            return "node:" + specifier;
        }

        if (specifier.Length == 0 || specifier.StartsWith('/') || specifier.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = specifier.Split('/');
        return specifier.StartsWith('@') ? (parts.Length >= 2 ? parts[0] + "/" + parts[1] : null) : parts[0];
    }

    /// <summary>
    /// A deep import of a per-method module is that method: "lodash/merge" is "lodash.merge",
    /// "lodash/fp/merge.js" is "lodash.fp.merge".
    /// </summary>
    public static string SymbolPath(string specifier, string package)
    {
        if (package.StartsWith("node:", StringComparison.Ordinal) || specifier.Length == package.Length)
        {
            return package;
        }

        var rest = specifier[(package.Length + 1)..];
        foreach (var extension in Extensions)
        {
            if (rest.EndsWith(extension, StringComparison.Ordinal))
            {
                rest = rest[..^extension.Length];
                break;
            }
        }

        if (rest == "index" || rest.EndsWith("/index", StringComparison.Ordinal))
        {
            rest = rest[..^"index".Length].TrimEnd('/');
        }

        return rest.Length == 0 ? package : package + "." + rest.Replace('/', '.');
    }

    /// <summary>Node's resolution of a relative specifier, plus TypeScript's habit of importing "./x.js" for "./x.ts".</summary>
    public string? Resolve(string fromFile, string specifier)
    {
        var slash = fromFile.LastIndexOf('/');
        var baseDir = slash < 0 ? string.Empty : fromFile[..slash];
        var joined = Normalise(baseDir.Length == 0 ? specifier : baseDir + "/" + specifier);
        if (joined is null)
        {
            return null;
        }

        return ResolvePath(joined);
    }

    public string? ResolvePath(string path)
    {
        if (path.Length > 0 && files.Contains(path))
        {
            return path;
        }

        foreach (var extension in Extensions)
        {
            if (files.Contains(path + extension))
            {
                return path + extension;
            }
        }

        foreach (var extension in (string[])[".js", ".jsx", ".mjs", ".cjs"])
        {
            if (path.EndsWith(extension, StringComparison.Ordinal))
            {
                var stem = path[..^extension.Length];
                foreach (var ts in (string[])[".ts", ".tsx", ".mts", ".cts"])
                {
                    if (files.Contains(stem + ts))
                    {
                        return stem + ts;
                    }
                }
            }
        }

        var prefix = path.Length == 0 ? "index" : path + "/index";
        return Extensions.Select(e => prefix + e).FirstOrDefault(files.Contains);
    }

    /// <summary>Collapses "." and ".." segments; null when the path climbs out of the repository.</summary>
    public static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
