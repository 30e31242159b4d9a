namespace Sightline.Ecosystems.Npm.Pnpm;

internal sealed partial class PnpmReader
{
    /// <summary>"name@1.0.0(react@18.2.0)" → "name@1.0.0" (v9 packages keys have no peer suffix).</summary>
    private static string StripPeers(string key)
    {
        var paren = key.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? key : key[..paren];
    }

    /// <summary>v6 "/@s/a@1.0.0(peer)" and v9 "@s/a@1.0.0(peer)" → ("@s/a", "1.0.0").</summary>
    private static (string Name, string? Version) SplitKey(string key)
    {
        var bare = StripPeers(key.StartsWith('/') ? key[1..] : key);
        var (name, version) = NpmSources.SplitSpec(bare);
        return (name, version.Length == 0 ? null : version);
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
