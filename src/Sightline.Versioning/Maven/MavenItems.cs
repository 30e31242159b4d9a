namespace Sightline.Versioning.Maven;

/// <summary>Builds leaf items the way ComparableVersion.parseItem and StringItem's constructor do.</summary>
internal static class MavenItems
{
    private static readonly string[] Qualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];

    public static MavenItem Zero { get; } = MavenItem.Number(0, "0");

    public static MavenItem Parse(bool isDigit, string token, bool followedByDigit) =>
        isDigit ? ParseNumber(token) : ParseQualifier(token, followedByDigit);

    private static MavenItem ParseNumber(string token)
    {
        var digits = token;
        var firstNonZero = 0;
        while (firstNonZero < digits.Length && digits[firstNonZero] == '0')
        {
            firstNonZero++;
        }

        // Maven strips leading zeros except from an all-zero token, whose length still picks the
        // Int/Long/BigInteger class; the class decides comparisons before the value does.
        var classLength = firstNonZero == digits.Length ? digits.Length : digits.Length - firstNonZero;
        var numberClass = classLength <= 9 ? 0 : classLength <= 18 ? 1 : 2;
        return MavenItem.Number(numberClass, firstNonZero == digits.Length ? "0" : digits[firstNonZero..]);
    }

    private static MavenItem ParseQualifier(string token, bool followedByDigit)
    {
        var value = token;
        if (followedByDigit && token.Length == 1)
        {
            // a1 = alpha-1, b1 = beta-1, m1 = milestone-1; a lone "a" stays an unknown qualifier.
            value = token[0] switch
            {
                'a' => "alpha",
                'b' => "beta",
                'm' => "milestone",
                _ => token,
            };
        }

        value = value switch
        {
            "ga" or "final" or "release" => "",
            "cr" => "rc",
            _ => value,
        };
        var rank = Array.IndexOf(Qualifiers, value);
        return MavenItem.Text(rank < 0 ? MavenItem.UnknownRank : rank, value);
    }
}
