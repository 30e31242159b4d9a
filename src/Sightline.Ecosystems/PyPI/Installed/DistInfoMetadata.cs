using System.Buffers;
using System.Text;

namespace Sightline.Ecosystems.PyPI.Installed;

/// <summary>
/// What an installed distribution's <c>.dist-info/METADATA</c> says about it (core metadata: email-style
/// headers, then the description as the body). Only the headers are read.
/// </summary>
internal sealed record DistInfoMetadata(string Name, string Version, string? License)
{
    /// <summary>Headers are a few kB; a file whose headers do not end within this is not trusted.</summary>
    public const int MaxHeaderBytes = 256 * 1024;

    /// <summary>
    /// The headers of a METADATA file, or null when they do not end within <see cref="MaxHeaderBytes"/> or
    /// lack Name or Version. <paramref name="bytesRead"/> is what was consumed (the body is never read to its end).
    /// </summary>
    public static DistInfoMetadata? Read(Stream stream, out long bytesRead)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = ReadHeader(stream, out bytesRead);
        return header is null ? null : Parse(Encoding.UTF8.GetString(header));
    }

    private static DistInfoMetadata? Parse(string header)
    {
        string? name = null, version = null, expression = null, license = null;
        var licenseLines = 0;
        var classifiers = new List<string>();
        string? current = null;
        foreach (var line in header.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.Length > 0 && (text[0] == ' ' || text[0] == '\t'))
            {
                // A folded continuation: only a multi-line License matters (it is then a licence text, not a name).
                licenseLines += current == "license" ? 1 : 0;
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            current = colon > 0 ? text[..colon].Trim().ToLowerInvariant() : null;
            var value = colon > 0 ? text[(colon + 1)..].Trim() : string.Empty;
            switch (current)
            {
                case "name": name ??= value; break;
                case "version": version ??= value; break;
                case "license-expression": expression ??= value; break;
                case "license" when license is null: license = value; licenseLines = 1; break;
                case "classifier" when value.StartsWith("License ::", StringComparison.Ordinal): classifiers.Add(value); break;
                default: break;
            }
        }

        return string.IsNullOrEmpty(name) || string.IsNullOrEmpty(version)
            ? null
            : new DistInfoMetadata(name, version, Choose(expression, licenseLines == 1 ? license : null, classifiers));
    }

    /// <summary>PEP 639's SPDX expression, else a short one-line License, else a single unambiguous classifier.</summary>
    private static string? Choose(string? expression, string? license, List<string> classifiers)
    {
        if (!string.IsNullOrEmpty(expression))
        {
            return expression;
        }

        if (!string.IsNullOrEmpty(license) && license.Length <= 100
            && !license.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase) && !license.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return license;
        }

        // "License :: OSI Approved" alone is a category, not a licence.
        var specific = classifiers.Where(c => c != "License :: OSI Approved").Distinct(StringComparer.Ordinal).ToList();
        return specific.Count == 1 ? TroveLicences.SpdxId(specific[0]) : null;
    }

    /// <summary>The bytes before the first empty line (all of them when there is none), or null past the cap.</summary>
    private static byte[]? ReadHeader(Stream stream, out long bytesRead)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxHeaderBytes + 1);
        try
        {
            return ReadHeader(stream, buffer, out bytesRead);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[]? ReadHeader(Stream stream, byte[] buffer, out long bytesRead)
    {
        var limit = MaxHeaderBytes + 1;
        var length = 0;
        var lineStart = 0;
        bytesRead = 0;
        int count;
        while (length < limit && (count = stream.Read(buffer, length, Math.Min(16384, limit - length))) > 0)
        {
            bytesRead += count;
            for (var i = length; i < length + count; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                var lineLength = i - lineStart - (i > lineStart && buffer[i - 1] == (byte)'\r' ? 1 : 0);
                if (lineLength == 0)
                {
                    return buffer[..lineStart];
                }

                lineStart = i + 1;
            }

            length += count;
        }

        return length > MaxHeaderBytes ? null : buffer[..length];
    }
}
