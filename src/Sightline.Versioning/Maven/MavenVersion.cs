using Sightline.Core.Versioning;

namespace Sightline.Versioning.Maven;

/// <summary>A Maven version parsed once into ComparableVersion's item tree.</summary>
internal sealed class MavenVersion : IVersion
{
    private readonly MavenItem items;

    public MavenVersion(string text, MavenItem items)
    {
        Text = text;
        this.items = items;
        IsPrerelease = items.ContainsPrereleaseQualifier();
    }

    public string Text { get; }

    /// <summary>True when alpha, beta, milestone, rc or snapshot appears (unknown qualifiers are not).</summary>
    public bool IsPrerelease { get; }

    public int CompareTo(IVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (other is not MavenVersion maven)
        {
            throw new ArgumentException("only Maven versions compare with Maven versions", nameof(other));
        }

        return MavenItemComparer.Compare(items, maven.items);
    }

    public override string ToString() => Text;
}
