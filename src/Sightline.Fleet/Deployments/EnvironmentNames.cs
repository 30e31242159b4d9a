namespace Sightline.Fleet.Deployments;

/// <summary>
/// Decides a workload's environment. Precedence: an explicit label, then annotation, whose key is
/// "environment" or "env" or ends with "/environment" or "/env" (kustomize commonLabels count) &gt; the path
/// segment nearest the file that is a known environment name &gt; the namespace when it is, or has a
/// dash/dot/underscore-separated part that is, a known name &gt; none.
/// </summary>
internal static class EnvironmentNames
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "production", "prod", "staging", "stage", "qa", "test", "dev", "development", "sandbox", "preview", "uat", "perf",
    };

    /// <param name="draft">The workload.</param>
    /// <param name="paths">Files whose folders may name the environment, most significant first (overlay, then manifest).</param>
    public static string? Resolve(WorkloadDraft draft, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.FileEnvironment
            ?? FromKeys(draft.Labels)
            ?? FromKeys(draft.Annotations)
            ?? paths.Select(FromPath).FirstOrDefault(e => e is not null)
            ?? FromNamespace(draft.Namespace);
    }

    /// <summary>The value of an environment-naming key; "environment" keys before "env" keys, then by key.</summary>
    public static string? FromKeys(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values
            .Select(pair => (pair.Key, Value: pair.Value.Trim(), Rank: Rank(pair.Key)))
            .Where(c => c.Rank > 0 && c.Value.Length > 0)
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Value)
            .FirstOrDefault();
    }

    /// <summary>The known environment name nearest the file: its name without extension, then its folders upwards.</summary>
    public static string? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/');
        var stem = segments[^1];
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        segments[^1] = dot > 0 ? stem[..dot] : stem;
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (Known.Contains(segments[i]))
            {
                return segments[i].ToLowerInvariant();
            }
        }

        return null;
    }

    public static string? FromNamespace(string? ns)
    {
        if (string.IsNullOrEmpty(ns))
        {
            return null;
        }

        return Known.Contains(ns)
            ? ns.ToLowerInvariant()
            : ns.Split('-', '_', '.').FirstOrDefault(Known.Contains)?.ToLowerInvariant();
    }

    private static int Rank(string key) =>
        key.Equals("environment", StringComparison.OrdinalIgnoreCase) || key.EndsWith("/environment", StringComparison.OrdinalIgnoreCase) ? 1
        : key.Equals("env", StringComparison.OrdinalIgnoreCase) || key.EndsWith("/env", StringComparison.OrdinalIgnoreCase) ? 2
        : 0;
}
