namespace Sightline.Ecosystems.Npm.Pnpm;

internal sealed partial class PnpmReader
{
    /// <summary>v6 "/@s/a@1.0.0(peer)" and v9 "@s/a@1.0.0(peer)" → ("@s/a", "1.0.0").</summary>
    private static (string Name, string? Version) SplitKey(string key)
    {
        var span = key.AsSpan(key.StartsWith('/') ? 1 : 0);
        var paren = span.IndexOf('(');
        if (paren >= 0)
        {
            span = span[..paren];
        }

        var at = span.Length > 1 ? span[1..].IndexOf('@') + 1 : 0;
        return at <= 0 ? (span.ToString(), null) : (span[..at].ToString(), at + 1 < span.Length ? span[(at + 1)..].ToString() : null);
    }

    /// <summary>v5 "/@s/a/1.0.0_react@18.2.0" → ("@s/a", "1.0.0").</summary>
    private static (string Name, string? Version) SplitKeyV5(string key)
    {
        var bare = key.StartsWith('/') ? key[1..] : key;
        var slash = bare.IndexOf('/', StringComparison.Ordinal);
        if (bare.StartsWith('@') && slash > 0)
        {
            slash = bare.IndexOf('/', slash + 1);
        }

        if (slash < 0)
        {
            return (bare, null);
        }

        var version = bare[(slash + 1)..];
        var underscore = version.IndexOf('_', StringComparison.Ordinal);
        return (bare[..slash], underscore < 0 ? version : version[..underscore]);
    }
}
