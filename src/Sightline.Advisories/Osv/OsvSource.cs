using Sightline.Core.Advisories;
using Sightline.Core.Extraction;

namespace Sightline.Advisories.Osv;

/// <summary>
/// Reads OSV records from files (.json, .yaml, .yml), folders walked recursively (GitHub advisory-database,
/// Go vulndb, PyPA layouts) and osv.dev zip dumps. Records are yielded as they are read; every failure
/// becomes an <see cref="OsvProblem"/> in the report and the rest is still read.
/// </summary>
public sealed class OsvSource(OsvReadLimits? limits = null)
{
    // Symbolic links are never followed: a link could lead out of the folder given. Hidden folders (.git) are skipped.
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    public OsvReadLimits Limits { get; } = limits ?? OsvReadLimits.Default;

    public IEnumerable<Advisory> Read(string path, OsvReadReport report)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(report);
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", Walk).Order(StringComparer.Ordinal);
            return files.SelectMany(file => ReadFile(file, report, explicitlyNamed: false));
        }

        if (File.Exists(path))
        {
            return ReadFile(path, report, explicitlyNamed: true);
        }

        report.Problems.Add(new OsvProblem(path, "no such file or folder"));
        return [];
    }

    private IEnumerable<Advisory> ReadFile(string file, OsvReadReport report, bool explicitlyNamed)
    {
        if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return OsvZipReader.Read(file, Limits, report);
        }

        if (!OsvParser.IsRecordFile(file))
        {
            if (explicitlyNamed)
            {
                report.Problems.Add(new OsvProblem(file, "not an OSV file: expected .json, .yaml, .yml or .zip"));
            }
            else
            {
                report.Skipped++;
            }

            return [];
        }

        var advisory = TryParse(file, Path.GetFileName(file), () => OpenBounded(file), report);
        return advisory is null ? [] : [advisory];
    }

    private FileStream OpenBounded(string file)
    {
        var length = new FileInfo(file).Length;
        if (length > Limits.MaxRecordBytes)
        {
            throw new ManifestFormatException($"file is {length / (1024 * 1024)} MiB, over the {Limits.MaxRecordBytes / (1024 * 1024)} MiB limit for one record");
        }

        return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, FileOptions.SequentialScan);
    }

    /// <summary>Parses one record; any failure is recorded against <paramref name="label"/> and yields null.</summary>
    internal static Advisory? TryParse(string label, string name, Func<Stream> open, OsvReadReport report)
    {
        report.FilesRead++;
        try
        {
            using var stream = open();
            return OsvParser.Parse(stream, name);
        }
        catch (ManifestFormatException ex)
        {
            report.Problems.Add(new OsvProblem(label, ex.Message, ex.Line, ex.Column));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            report.Problems.Add(new OsvProblem(label, "cannot read: " + ex.Message));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // A reader bug on strange input: it costs this record only, and the message says it is ours.
            report.Problems.Add(new OsvProblem(label, $"could not be parsed (internal error {ex.GetType().Name}: {ex.Message}); please report it"));
        }

        return null;
    }
}
