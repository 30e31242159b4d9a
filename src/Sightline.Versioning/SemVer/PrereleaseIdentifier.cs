namespace Sightline.Versioning.SemVer;

/// <summary>
/// One dot-separated pre-release identifier. Numeric identifiers keep their digits with leading zeros
/// stripped, so two numbers compare by length then by digit: exact for any size, with no parsing to an
/// integer that could overflow.
/// </summary>
internal readonly record struct PrereleaseIdentifier(string Text, bool IsNumeric)
{
    /// <summary>SemVer 2.0.0 §11.4: numbers numerically, others in ASCII order, numbers before others.</summary>
    public int CompareTo(PrereleaseIdentifier other)
    {
        if (IsNumeric && other.IsNumeric)
        {
            var byLength = Text.Length.CompareTo(other.Text.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(Text, other.Text);
        }

        if (IsNumeric != other.IsNumeric)
        {
            return IsNumeric ? -1 : 1;
        }

        return Math.Sign(string.CompareOrdinal(Text, other.Text));
    }
}
