using Sightline.Core.Versioning;

namespace Sightline.Versioning.Packagist;

/// <summary>
/// A Composer version: its normalized form parsed once into version_compare elements.
/// Branches ("dev-master", "dev-feature") have no order in Composer (its Comparator answers false
/// to every question between two different branches); here they sort below every numbered version,
/// as version_compare places them, and among themselves by name so the order stays total.
/// </summary>
internal sealed class PackagistVersion : IVersion
{
    private readonly PhpVersionElement[] elements;

    public PackagistVersion(string text, string normalized, bool isPrerelease)
    {
        Text = text;
        Normalized = normalized;
        IsBranch = normalized.StartsWith("dev-", StringComparison.Ordinal);
        IsPrerelease = isPrerelease;
        elements = PhpVersionCompare.Parse(normalized);
    }

    public string Text { get; }

    /// <summary>VersionParser::normalize's result, e.g. "1.2.0.0-beta2" for "v1.2-b2".</summary>
    public string Normalized { get; }

    public bool IsBranch { get; }

    /// <summary>Stability below stable: dev (branches and -dev), alpha, beta or RC. patch is stable.</summary>
    public bool IsPrerelease { get; }

    public int CompareTo(IVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (other is not PackagistVersion that)
        {
            throw new ArgumentException("only Packagist versions compare with Packagist versions", nameof(other));
        }

        return IsBranch && that.IsBranch
            ? Math.Sign(string.CompareOrdinal(Normalized, that.Normalized))
            : PhpVersionCompare.Compare(elements, that.elements);
    }

    public override string ToString() => Text;
}
