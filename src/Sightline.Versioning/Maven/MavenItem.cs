namespace Sightline.Versioning.Maven;

/// <summary>The kinds of item in Maven's ComparableVersion tree.</summary>
internal enum MavenItemKind
{
    Number,
    Qualifier,
    List,
}

/// <summary>
/// One item of a parsed Maven version: a number, a qualifier or a sub-list (opened by '-' or a
/// letter/digit transition). Immutable once parsed, so comparisons never allocate.
/// </summary>
internal sealed class MavenItem
{
    /// <summary>Rank of the empty qualifier (release): qualifiers below it are pre-releases.</summary>
    public const int ReleaseRank = 5;

    /// <summary>Rank given to every unknown qualifier; unknowns then order among themselves lexically.</summary>
    public const int UnknownRank = 7;

    private MavenItem(MavenItemKind kind) => Kind = kind;

    public MavenItemKind Kind { get; }

    /// <summary>
    /// Numbers: 0, 1 or 2 for Maven's IntItem (up to 9 digits), LongItem (up to 18) and
    /// BigIntegerItem. Maven orders a smaller class below a larger one without looking at values.
    /// </summary>
    public int NumberClass { get; private init; }

    /// <summary>Numbers: the digits without leading zeros ("0" for zero), ordered by length then text.</summary>
    public string Digits { get; private init; } = "";

    /// <summary>Qualifiers: alpha 0, beta 1, milestone 2, rc 3, snapshot 4, release 5, sp 6, unknown 7.</summary>
    public int Rank { get; private init; }

    /// <summary>Qualifiers: the lower-cased, alias-resolved text (compared when both are unknown).</summary>
    public string Qualifier { get; private init; } = "";

    public IReadOnlyList<MavenItem> Children => ChildArray;

    internal MavenItem[] ChildArray { get; private init; } = [];

    /// <summary>Maven's isNull(): items dropped when trailing (0, release qualifiers, empty lists).</summary>
    public bool IsNull => Kind switch
    {
        MavenItemKind.Number => Digits == "0",
        MavenItemKind.Qualifier => Rank == ReleaseRank,
        _ => ChildArray.Length == 0,
    };

    public static MavenItem Number(int numberClass, string digits) =>
        new(MavenItemKind.Number) { NumberClass = numberClass, Digits = digits };

    public static MavenItem Text(int rank, string qualifier) =>
        new(MavenItemKind.Qualifier) { Rank = rank, Qualifier = qualifier };

    public static MavenItem List(MavenItem[] children) =>
        new(MavenItemKind.List) { ChildArray = children };

    /// <summary>True when a known pre-release qualifier (alpha .. snapshot) occurs anywhere.</summary>
    public bool ContainsPrereleaseQualifier()
    {
        if (Kind == MavenItemKind.Qualifier)
        {
            return Rank < ReleaseRank;
        }

        foreach (var child in ChildArray)
        {
            if (child.ContainsPrereleaseQualifier())
            {
                return true;
            }
        }

        return false;
    }
}
