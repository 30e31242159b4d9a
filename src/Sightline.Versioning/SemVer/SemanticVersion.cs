using Sightline.Core.Versioning;

namespace Sightline.Versioning.SemVer;

/// <summary>
/// A version with SemVer 2.0.0 precedence. Generic SemVer, npm, Go and crates.io differ only in what
/// they accept as text; once parsed they order identically, so they share this type.
/// </summary>
public sealed class SemanticVersion : IVersion, IEquatable<SemanticVersion>
{
    private readonly PrereleaseIdentifier[] _prerelease;

    internal SemanticVersion(string text, ulong major, ulong minor, ulong patch, PrereleaseIdentifier[] prerelease, string? build)
    {
        Text = text;
        Major = major;
        Minor = minor;
        Patch = patch;
        _prerelease = prerelease;
        Build = build;
    }

    public string Text { get; }

    public ulong Major { get; }

    public ulong Minor { get; }

    public ulong Patch { get; }

    /// <summary>The pre-release identifiers joined by dots ("" for a release), as normalised.</summary>
    public string Prerelease => string.Join('.', _prerelease.Select(p => p.Text));

    /// <summary>Build metadata without the "+"; never part of precedence.</summary>
    public string? Build { get; }

    public bool IsPrerelease => _prerelease.Length > 0;

    internal ReadOnlySpan<PrereleaseIdentifier> PrereleaseIdentifiers => _prerelease;

    /// <summary>SemVer 2.0.0 §11 precedence; allocation-free because matching runs it millions of times.</summary>
    public int CompareTo(IVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (other is not SemanticVersion that)
        {
            throw new ArgumentException($"cannot compare a SemVer version with {other.GetType().Name}", nameof(other));
        }

        var result = Major.CompareTo(that.Major);
        if (result == 0) result = Minor.CompareTo(that.Minor);
        if (result == 0) result = Patch.CompareTo(that.Patch);
        return result != 0 ? result : ComparePrerelease(_prerelease, that._prerelease);
    }

    public bool Equals(SemanticVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is SemanticVersion other && Equals(other);

    public override int GetHashCode()
    {
        var hash = HashCode.Combine(Major, Minor, Patch, _prerelease.Length);
        foreach (var identifier in _prerelease)
        {
            hash = HashCode.Combine(hash, identifier.Text);
        }

        return hash;
    }

    public override string ToString() => Text;

    public static bool operator ==(SemanticVersion? left, SemanticVersion? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SemanticVersion? left, SemanticVersion? right) => !(left == right);

    public static bool operator <(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) < 0;

    public static bool operator <=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) <= 0;

    public static bool operator >(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) > 0;

    public static bool operator >=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) >= 0;

    private static int Compare(SemanticVersion? left, SemanticVersion? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static int ComparePrerelease(PrereleaseIdentifier[] left, PrereleaseIdentifier[] right)
    {
        // §11.3: a release outranks any of its pre-releases.
        if (left.Length == 0 || right.Length == 0)
        {
            return right.Length.CompareTo(left.Length) switch { < 0 => -1, > 0 => 1, _ => 0 };
        }

        var shared = Math.Min(left.Length, right.Length);
        for (var i = 0; i < shared; i++)
        {
            var result = left[i].CompareTo(right[i]);
            if (result != 0)
            {
                return result;
            }
        }

        // §11.4.4: with an equal prefix, more identifiers rank higher.
        return left.Length.CompareTo(right.Length);
    }
}
