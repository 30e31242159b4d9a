using NuGet.Versioning;

namespace Sightline.Ecosystems.NuGet;

/// <summary>
/// Decides whether a declared version pins one package version without a lockfile. NuGet restores the
/// lowest version a range allows, so "13.0.1" and "[13.0.1]" mean 13.0.1; a floating version or an open
/// range depends on what the feed holds at restore time, so it is left unresolved.
/// </summary>
internal static class NuGetVersions
{
    public static bool TryExact(string text, out string version, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        version = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            reason = "empty version";
            return false;
        }

        if (!VersionRange.TryParse(trimmed, allowFloating: true, out var range))
        {
            reason = $"'{trimmed}' is not a NuGet version or range";
            return false;
        }

        if (range.IsFloating)
        {
            reason = $"floating version '{trimmed}': the version restored depends on the feed at restore time";
            return false;
        }

        var bare = !trimmed.StartsWith('[') && !trimmed.StartsWith('(');
        var pinned = range.HasLowerAndUpperBounds && range.IsMinInclusive && range.IsMaxInclusive && range.MinVersion == range.MaxVersion;
        if ((bare && range.HasLowerBound) || pinned)
        {
            version = range.MinVersion!.ToNormalizedString();
            reason = string.Empty;
            return true;
        }

        reason = $"version range '{trimmed}': the version restored depends on the feed at restore time";
        return false;
    }

    /// <summary>The normalized form of a version a lockfile records ("1.0" → "1.0.0"); the text itself if not a version.</summary>
    public static string Normalize(string text) =>
        NuGetVersion.TryParse(text, out var parsed) ? parsed.ToNormalizedString() : text;
}
