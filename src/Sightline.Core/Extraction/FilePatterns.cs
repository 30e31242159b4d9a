namespace Sightline.Core.Extraction;

/// <summary>
/// Matches file names against an extractor's patterns, case-insensitively: exact names, or one "*"
/// standing for any run of characters ("*.csproj", "requirements*.txt").
/// </summary>
public static class FilePatterns
{
    public static bool Matches(string fileName, IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var pattern in patterns)
        {
            if (Matches(fileName, pattern))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string fileName, string pattern)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return fileName.Equals(pattern, StringComparison.OrdinalIgnoreCase);
        }

        var prefix = pattern.AsSpan(0, star);
        var suffix = pattern.AsSpan(star + 1);
        return fileName.Length >= prefix.Length + suffix.Length
            && fileName.AsSpan().StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && fileName.AsSpan().EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }
}
