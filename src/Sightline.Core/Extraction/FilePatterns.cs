namespace Sightline.Core.Extraction;

/// <summary>Matches file names against an extractor's patterns: exact names, or "*" + suffix.</summary>
public static class FilePatterns
{
    public static bool Matches(string fileName, IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var pattern in patterns)
        {
            if (pattern.StartsWith('*')
                    ? fileName.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
                    : fileName.Equals(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
