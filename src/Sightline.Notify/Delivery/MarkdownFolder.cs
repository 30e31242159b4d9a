using System.Text;

namespace Sightline.Notify.Delivery;

/// <summary>Writes a notice to &lt;folder&gt;/&lt;advisory-id&gt;-&lt;team&gt;.md, atomically: readers never see half a file.</summary>
internal static class MarkdownFolder
{
    private const int MaxNamePart = 100;

    public static async Task<DeliveryResult> WriteAsync(Notice notice, string folder, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(folder);
        var name = FileName(notice);
        var path = Path.Combine(full, name);
        // The name has no separators or dots-only parts, so this holds; checked anyway before writing.
        if (!string.Equals(Path.GetDirectoryName(path), Path.TrimEndingDirectorySeparator(full), StringComparison.Ordinal))
        {
            return new DeliveryResult(false, 1, "unsafe file name", null);
        }

        var temp = Path.Combine(full, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            Directory.CreateDirectory(full);
            await File.WriteAllBytesAsync(temp, Encoding.UTF8.GetBytes(NoticeRenderer.Markdown(notice)), cancellationToken);
            File.Move(temp, path, overwrite: true);
            return new DeliveryResult(true, 1, "written", path);
        }
        catch (UnauthorizedAccessException)
        {
            return new DeliveryResult(false, 1, "write failed: access denied", null);
        }
        catch (IOException)
        {
            return new DeliveryResult(false, 1, "write failed: I/O error", null);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>"CVE-2021-44228-team-payments.md": letters, digits, '_' and '-' only, so no separator or ".." survives.</summary>
    public static string FileName(Notice notice) => Part(notice.Advisory.Id) + "-" + Part(notice.Team) + ".md";

    internal static string Part(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in text ?? "")
        {
            var safe = char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-';
            if (safe == '-' && (sb.Length == 0 || sb[^1] == '-'))
            {
                continue;
            }

            sb.Append(safe);
            if (sb.Length >= MaxNamePart)
            {
                break;
            }
        }

        var part = sb.ToString().TrimEnd('-');
        return part.Length == 0 ? "unnamed" : part;
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // A leftover temporary file is harmless: it is hidden and never read.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
