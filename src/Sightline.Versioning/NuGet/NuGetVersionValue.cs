using NuGet.Versioning;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.NuGet;

/// <summary>A parsed NuGet version; order is NuGet's default comparer (metadata ignored).</summary>
public sealed class NuGetVersionValue : IVersion, IEquatable<NuGetVersionValue>
{
    internal NuGetVersionValue(string text, NuGetVersion version)
    {
        Text = text;
        Version = version;
    }

    public string Text { get; }

    /// <summary>The NuGet.Versioning value, for callers that need NuGet's own API (ranges, normalising).</summary>
    public NuGetVersion Version { get; }

    public bool IsPrerelease => Version.IsPrerelease;

    public int CompareTo(IVersion? other) => other switch
    {
        null => 1,
        NuGetVersionValue that => VersionComparer.Default.Compare(Version, that.Version),
        _ => throw new ArgumentException($"cannot compare a NuGet version with {other.GetType().Name}", nameof(other)),
    };

    public bool Equals(NuGetVersionValue? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is NuGetVersionValue other && Equals(other);

    public override int GetHashCode() => VersionComparer.Default.GetHashCode(Version);

    public override string ToString() => Text;

    public static bool operator ==(NuGetVersionValue? left, NuGetVersionValue? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(NuGetVersionValue? left, NuGetVersionValue? right) => !(left == right);

    public static bool operator <(NuGetVersionValue? left, NuGetVersionValue? right) => Compare(left, right) < 0;

    public static bool operator <=(NuGetVersionValue? left, NuGetVersionValue? right) => Compare(left, right) <= 0;

    public static bool operator >(NuGetVersionValue? left, NuGetVersionValue? right) => Compare(left, right) > 0;

    public static bool operator >=(NuGetVersionValue? left, NuGetVersionValue? right) => Compare(left, right) >= 0;

    private static int Compare(NuGetVersionValue? left, NuGetVersionValue? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
