namespace Sightline.Ecosystems.Gradle.Catalog;

/// <summary>
/// A declared Gradle version: <see cref="Requirement"/> as written ("1.2", "[1.0,2.0)", "strictly 1.2",
/// "1.+"), <see cref="Exact"/> the version Gradle picks when nothing else asks for another (a plain
/// version, or a rich version's strictly / require / prefer), null for a range or dynamic version.
/// </summary>
internal sealed record GradleVersion(string Requirement, string? Exact)
{
    public static GradleVersion Parse(string text)
    {
        var trimmed = text.Trim();
        var bang = trimmed.IndexOf("!!", StringComparison.Ordinal);
        if (bang >= 0)
        {
            // "1.2!!" is strictly 1.2; "[1,2)!!1.5" is strictly [1,2) preferring 1.5.
            var strictly = trimmed[..bang];
            var prefer = trimmed[(bang + 2)..];
            return Rich(strictly, null, prefer.Length == 0 ? null : prefer, null);
        }

        return new GradleVersion(trimmed, IsPlain(trimmed) ? trimmed : null);
    }

    public static GradleVersion Rich(string? strictly, string? require, string? prefer, string? reject)
    {
        var parts = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(label + " " + value.Trim());
            }
        }

        Add("strictly", strictly);
        Add("require", require);
        Add("prefer", prefer);
        Add("reject", reject);
        var exact = new[] { strictly, require, prefer }.FirstOrDefault(v => v is not null && IsPlain(v.Trim()))?.Trim();
        return new GradleVersion(parts.Count == 0 ? string.Empty : string.Join("; ", parts), exact);
    }

    /// <summary>A single version: not a range ([1,2)), not dynamic (1.+, latest.release), not an unexpanded "$x".</summary>
    public static bool IsPlain(string version) =>
        version.Length > 0
        && !version.StartsWith("latest.", StringComparison.Ordinal)
        && version.IndexOfAny(['[', ']', '(', ')', '+', ',', '*', '$', ' ', '{', '}']) < 0;
}
