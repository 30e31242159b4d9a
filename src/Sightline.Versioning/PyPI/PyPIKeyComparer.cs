namespace Sightline.Versioning.PyPI;

/// <summary>The tuple comparisons of packaging's _cmpkey that need loops.</summary>
internal static class PyPIKeyComparer
{
    /// <summary>Releases are stored without trailing zeros, so plain tuple order is PEP 440 order.</summary>
    public static int CompareRelease(long[] left, long[] right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            if (left[i] != right[i])
            {
                return left[i] < right[i] ? -1 : 1;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary>
    /// No local label sorts first; otherwise part by part, a numeric part beats an alphanumeric one,
    /// and a label that is a prefix of another sorts first (PEP 440, "Local version identifiers").
    /// </summary>
    public static int CompareLocal(PyPILocalPart[]? left, PyPILocalPart[]? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var (l, r) = (left[i], right[i]);
            int result;
            if (l.Text is null && r.Text is null)
            {
                result = l.Number.CompareTo(r.Number);
            }
            else if (l.Text is not null && r.Text is not null)
            {
                result = Math.Sign(string.CompareOrdinal(l.Text, r.Text));
            }
            else
            {
                result = l.Text is null ? 1 : -1;
            }

            if (result != 0)
            {
                return result;
            }
        }

        return Math.Sign(left.Length.CompareTo(right.Length));
    }
}
