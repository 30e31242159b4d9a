namespace Sightline.Advisories.Severity;

/// <summary>
/// Splits the "KEY:VALUE/KEY:VALUE" body of a CVSS vector (after its "CVSS:x.y/" prefix) and checks
/// what every CVSS version agrees on: each part is KEY:VALUE, the key is known, the value is one of
/// the key's values, and no key repeats. Which keys are mandatory is left to the caller.
/// </summary>
internal static class CvssMetricReader
{
    /// <summary>Null on success; otherwise why the body was refused.</summary>
    public static string? Read(
        string body,
        IReadOnlyDictionary<string, string[]> allowed,
        Dictionary<string, string> into)
    {
        if (body.Length == 0)
        {
            return "the vector has no metrics after its prefix";
        }

        foreach (var part in body.Split('/'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1 || part.IndexOf(':', colon + 1) >= 0)
            {
                return $"'{part}' is not a METRIC:VALUE pair";
            }

            var key = part[..colon];
            var value = part[(colon + 1)..];
            if (!allowed.TryGetValue(key, out var values))
            {
                return $"unknown metric '{key}'";
            }

            // Values are case-sensitive in every FIRST specification; "av:n" is not a vector.
            if (Array.IndexOf(values, value) < 0)
            {
                return $"metric {key} has unknown value '{value}' (expected one of {string.Join(", ", values)})";
            }

            if (!into.TryAdd(key, value))
            {
                return $"metric {key} appears more than once";
            }
        }

        return null;
    }

    /// <summary>Null when every mandatory metric is present; otherwise the message naming the missing ones.</summary>
    public static string? CheckMandatory(IEnumerable<string> mandatory, Dictionary<string, string> metrics)
    {
        var missing = mandatory.Where(m => !metrics.ContainsKey(m)).ToList();
        return missing.Count == 0 ? null : "missing mandatory metric(s): " + string.Join(", ", missing);
    }
}
