using System.IO.Compression;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Osv;

/// <summary>
/// Reads an osv.dev dump (a zip of OSV JSON files) entry by entry from the stream; nothing is extracted to
/// disk. Entries that escape (absolute, "..", drive letters), nest another zip or expand too far are refused,
/// each as its own problem; the other entries are still read.
/// </summary>
internal static class OsvZipReader
{
    public static IEnumerable<Advisory> Read(string zipPath, OsvReadLimits limits, OsvReadReport report)
    {
        var archive = Open(zipPath, report);
        if (archive is null)
        {
            yield break;
        }

        using (archive)
        {
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var label = zipPath + "!" + entry.FullName;
                if (Refusal(entry, limits) is { } refusal)
                {
                    report.Problems.Add(new OsvProblem(label, refusal));
                    continue;
                }

                if (entry.FullName.EndsWith('/') || !OsvParser.IsRecordFile(entry.FullName))
                {
                    report.Skipped += entry.FullName.EndsWith('/') ? 0 : 1;
                    continue;
                }

                total += entry.Length;
                if (total > limits.MaxArchiveBytes)
                {
                    report.Problems.Add(new OsvProblem(zipPath, $"archive expands beyond {limits.MaxArchiveBytes / (1024 * 1024)} MiB; the remaining entries are refused as a possible zip bomb"));
                    yield break;
                }

                var advisory = OsvSource.TryParse(label, entry.FullName, () => new BoundedReadStream(entry.Open(), Math.Min(limits.MaxRecordBytes, entry.Length), "entry " + entry.FullName), report);
                if (advisory is not null)
                {
                    yield return advisory;
                }
            }
        }
    }

    private static ZipArchive? Open(string zipPath, OsvReadReport report)
    {
        try
        {
            var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            report.Problems.Add(new OsvProblem(zipPath, "cannot read the zip: " + ex.Message));
            return null;
        }
    }

    /// <summary>Why an entry is refused before it is opened, or null when it may be read.</summary>
    internal static string? Refusal(ZipArchiveEntry entry, OsvReadLimits limits)
    {
        var name = entry.FullName.Replace('\\', '/');
        if (name.StartsWith('/') || (name.Length >= 2 && name[1] == ':') || name.Split('/').Contains(".."))
        {
            return "entry name escapes the archive (absolute path, drive letter or \"..\"); refused";
        }

        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return "nested zip archives are not read; refused";
        }

        if (entry.Length > limits.MaxRecordBytes)
        {
            return $"entry expands to {entry.Length / (1024 * 1024)} MiB, over the {limits.MaxRecordBytes / (1024 * 1024)} MiB limit; refused as a possible zip bomb";
        }

        var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
        return ratio > limits.MaxCompressionRatio
            ? $"entry compression ratio {ratio:F0}:1 is over {limits.MaxCompressionRatio:F0}:1; refused as a possible zip bomb"
            : null;
    }
}
