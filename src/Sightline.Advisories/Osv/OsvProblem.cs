using System.Globalization;

namespace Sightline.Advisories.Osv;

/// <summary>A file or zip entry that could not be used. <see cref="File"/> names a zip entry as <c>archive.zip!entry.json</c>.</summary>
public sealed record OsvProblem(string File, string Message, long? Line = null, long? Column = null)
{
    /// <summary><c>file[:line:col]: message</c>, as the CLI prints it after "error: ".</summary>
    public override string ToString()
    {
        var where = Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}{(Column is { } column ? ":" + column.ToString(CultureInfo.InvariantCulture) : string.Empty)}")
            : File;
        return where + ": " + Message;
    }
}

/// <summary>What reading a set of sources found: files and entries read, quietly skipped, and problems.</summary>
public sealed class OsvReadReport
{
    /// <summary>Advisory files read (each zip entry counts as one).</summary>
    public int FilesRead { get; internal set; }

    /// <summary>Files that are not advisories (LICENSE, README.md, MANIFEST.tsv, ...), skipped without a word.</summary>
    public int Skipped { get; internal set; }

    public List<OsvProblem> Problems { get; } = [];
}

/// <summary>Bounds that keep a hostile file or archive from exhausting memory or disk.</summary>
public sealed record OsvReadLimits
{
    public static OsvReadLimits Default { get; } = new();

    /// <summary>Largest single record file, or zip entry once expanded.</summary>
    public long MaxRecordBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest total expanded size of one archive.</summary>
    public long MaxArchiveBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Highest expanded/compressed ratio of an entry; JSON compresses about 10:1, a zip bomb 1000:1.</summary>
    public double MaxCompressionRatio { get; init; } = 200;
}
