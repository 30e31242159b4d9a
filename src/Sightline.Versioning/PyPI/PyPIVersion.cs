using Sightline.Core.Versioning;

namespace Sightline.Versioning.PyPI;

internal enum PyPIPreKind
{
    Alpha,
    Beta,
    ReleaseCandidate,
}

/// <summary>One local-label part: a number (Text null) or a lower-cased alphanumeric string.</summary>
internal readonly record struct PyPILocalPart(long Number, string? Text);

/// <summary>
/// A PEP 440 version, stored as packaging's comparison key: epoch, release without trailing zeros,
/// pre-release (a &lt; b &lt; rc, absent sorts after any), post (absent sorts first), dev (absent
/// sorts last) and local label (absent sorts first). A dev release with neither pre nor post
/// sorts before every pre-release of its release, as packaging's _cmpkey arranges.
/// </summary>
internal sealed class PyPIVersion : IVersion
{
    /// <summary>Pre-release rank: dev-only releases below alpha, final releases above rc.</summary>
    private const int DevOnlyRank = -1;
    private const int NoPreRank = 3;

    private readonly long epoch;
    private readonly long[] release;
    private readonly int preRank;
    private readonly long preNumber;
    private readonly long post;
    private readonly long dev;
    private readonly PyPILocalPart[]? local;

    public PyPIVersion(
        string text, long epoch, long[] release, PyPIPreKind? pre, long preNumber, long? post, long? dev, PyPILocalPart[]? local)
    {
        Text = text;
        this.epoch = epoch;
        this.release = release;
        preRank = pre is { } kind ? (int)kind : (post is null && dev is not null ? DevOnlyRank : NoPreRank);
        this.preNumber = pre is null ? 0 : preNumber;
        this.post = post ?? -1;
        this.dev = dev ?? long.MaxValue;
        this.local = local;
        IsPrerelease = pre is not null || dev is not null;
    }

    public string Text { get; }

    /// <summary>packaging's is_prerelease: a pre-release or a dev release.</summary>
    public bool IsPrerelease { get; }

    public int CompareTo(IVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (other is not PyPIVersion that)
        {
            throw new ArgumentException("only PyPI versions compare with PyPI versions", nameof(other));
        }

        var result = epoch.CompareTo(that.epoch);
        if (result == 0)
        {
            result = PyPIKeyComparer.CompareRelease(release, that.release);
        }

        if (result == 0)
        {
            result = preRank != that.preRank ? preRank.CompareTo(that.preRank) : preNumber.CompareTo(that.preNumber);
        }

        if (result == 0)
        {
            result = post.CompareTo(that.post);
        }

        if (result == 0)
        {
            result = dev.CompareTo(that.dev);
        }

        return result != 0 ? Math.Sign(result) : PyPIKeyComparer.CompareLocal(local, that.local);
    }

    public override string ToString() => Text;
}
