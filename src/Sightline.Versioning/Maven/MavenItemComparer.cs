namespace Sightline.Versioning.Maven;

/// <summary>
/// ComparableVersion's item ordering (Maven 3.9): each case mirrors one compareTo branch of
/// IntItem/LongItem/BigIntegerItem, StringItem and ListItem. A null right side means "missing".
/// </summary>
internal static class MavenItemComparer
{
    public static int Compare(MavenItem left, MavenItem? right) => left.Kind switch
    {
        MavenItemKind.Number => CompareNumber(left, right),
        MavenItemKind.Qualifier => CompareQualifier(left, right),
        _ => CompareList(left, right),
    };

    private static int CompareNumber(MavenItem left, MavenItem? right)
    {
        if (right is null)
        {
            return left.IsNull ? 0 : 1; // 1.0 == 1, 1.1 > 1
        }

        if (right.Kind != MavenItemKind.Number)
        {
            return 1; // 1.1 > 1-sp and 1.1 > 1-1
        }

        if (left.NumberClass != right.NumberClass)
        {
            return left.NumberClass < right.NumberClass ? -1 : 1;
        }

        return CompareDigits(left.Digits, right.Digits);
    }

    private static int CompareQualifier(MavenItem left, MavenItem? right)
    {
        if (right is null)
        {
            return Math.Sign(left.Rank - MavenItem.ReleaseRank); // 1-rc < 1, 1-ga == 1, 1-sp > 1
        }

        if (right.Kind != MavenItemKind.Qualifier)
        {
            return -1; // 1.any < 1.1 and 1.any < 1-1
        }

        if (left.Rank != right.Rank)
        {
            return left.Rank < right.Rank ? -1 : 1;
        }

        // Maven compares "7-" + qualifier strings; with equal ranks only unknowns differ in text.
        return Math.Sign(string.CompareOrdinal(left.Qualifier, right.Qualifier));
    }

    private static int CompareList(MavenItem left, MavenItem? right)
    {
        var items = left.ChildArray;
        if (right is null)
        {
            // MNG-6964: every item is compared with "missing", not just the first one.
            foreach (var item in items)
            {
                var result = Compare(item, null);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }

        if (right.Kind != MavenItemKind.List)
        {
            return right.Kind == MavenItemKind.Number ? -1 : 1; // 1-1 < 1.0.x, 1-1 > 1-sp
        }

        var others = right.ChildArray;
        var length = Math.Max(items.Length, others.Length);
        for (var i = 0; i < length; i++)
        {
            var result = i < items.Length
                ? Compare(items[i], i < others.Length ? others[i] : null)
                : -Compare(others[i], null);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    /// <summary>Orders digit strings without leading zeros numerically: longer is larger.</summary>
    private static int CompareDigits(string left, string right) =>
        left.Length != right.Length
            ? (left.Length < right.Length ? -1 : 1)
            : Math.Sign(string.CompareOrdinal(left, right));
}
