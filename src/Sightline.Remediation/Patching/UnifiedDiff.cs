namespace Sightline.Remediation.Patching;

/// <summary>A git-style unified diff of two texts.</summary>
public static class UnifiedDiff
{
    /// <summary>"--- a/path\n+++ b/path\n@@ -l,n +l,n @@ ..." with <paramref name="context"/> lines around each change; "" when equal.</summary>
    public static string Create(string path, string before, string after, int context = 3)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        return string.Equals(before, after, StringComparison.Ordinal) ? "" : DiffWriter.Write(path, before, after, context);
    }
}
