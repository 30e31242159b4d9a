namespace Sightline.Fleet.Deployments;

/// <summary>The character-level rules of Docker's reference grammar.</summary>
internal static partial class ImageReferenceParser
{
    /// <summary>Docker's rule: the first component is a registry when it has a dot or port, is localhost, or has capitals.</summary>
    private static bool LooksLikeDomain(string first) =>
        first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal)
        || first == "localhost" || first.Any(char.IsAsciiLetterUpper);

    /// <summary>[a-z0-9]+ separated by ".", "_", "__" or runs of "-".</summary>
    private static bool IsPathComponent(string component)
    {
        var i = 0;
        var n = component.Length;
        while (i < n)
        {
            if (!IsLowerAlnum(component[i]))
            {
                return false;
            }

            while (i < n && IsLowerAlnum(component[i]))
            {
                i++;
            }

            if (i == n)
            {
                return true;
            }

            var separator = component[i];
            var runEnd = i + 1;
            while (separator == '-' && runEnd < n && component[runEnd] == '-')
            {
                runEnd++;
            }

            if (separator == '_' && runEnd < n && component[runEnd] == '_')
            {
                runEnd++;
            }

            if (separator is not ('.' or '_' or '-') || runEnd == n)
            {
                return false;
            }

            i = runEnd;
        }

        return false;
    }

    private static bool IsDomain(string domain)
    {
        var host = domain;
        var portAt = domain.LastIndexOf(':');
        if (portAt >= 0 && domain.IndexOf(']', StringComparison.Ordinal) < portAt)
        {
            var port = domain[(portAt + 1)..];
            if (port.Length is 0 or > 5 || !port.All(char.IsAsciiDigit))
            {
                return false;
            }

            host = domain[..portAt];
        }

        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            return host.Length > 2 && host[1..^1].All(c => char.IsAsciiHexDigit(c) || c == ':');
        }

        return host.Length > 0 && host.Split('.').All(IsHostLabel);
    }

    private static bool IsHostLabel(string label) =>
        label.Length > 0 && char.IsAsciiLetterOrDigit(label[0]) && char.IsAsciiLetterOrDigit(label[^1])
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>[\w][\w.-]{0,127}.</summary>
    private static bool IsTag(string tag) =>
        tag.Length is > 0 and <= 128 && (char.IsAsciiLetterOrDigit(tag[0]) || tag[0] == '_')
        && tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    /// <summary>algorithm:encoded; sha256 must be 64 lower-case hex digits, sha512 128.</summary>
    private static bool IsDigest(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var algorithm = digest[..colon];
        var encoded = digest[(colon + 1)..];
        return algorithm switch
        {
            "sha256" => encoded.Length == 64 && encoded.All(IsLowerHex),
            "sha512" => encoded.Length == 128 && encoded.All(IsLowerHex),
            _ => algorithm.All(c => IsLowerAlnum(c) || c is '+' or '.' or '_' or '-') && IsLowerAlnum(algorithm[0])
                && encoded.Length >= 32 && encoded.All(c => char.IsAsciiLetterOrDigit(c) || c is '=' or '_' or '-'),
        };
    }

    private static bool IsLowerAlnum(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static bool IsLowerHex(char c) => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f';
}
