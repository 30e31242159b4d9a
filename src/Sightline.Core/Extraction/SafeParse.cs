using System.Text.Json;
using System.Xml;
using Sightline.Core.Repositories;

namespace Sightline.Core.Extraction;

/// <summary>
/// Runs one file's parse and turns every way it can fail into an <see cref="ExtractionError"/> naming the
/// file, the problem and, where the parser knows it, the line and column.
/// </summary>
public static class SafeParse
{
    public static bool TryRun(string file, ExtractionResult result, Action parse)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            parse();
            return true;
        }
        catch (ManifestFormatException ex)
        {
            result.Errors.Add(new ExtractionError(file, ex.Message, ex.Line, ex.Column));
        }
        catch (JsonException ex)
        {
            // System.Text.Json reports 0-based line and byte positions.
            result.Errors.Add(new ExtractionError(file, "invalid JSON: " + FirstSentence(ex.Message), ex.LineNumber + 1, ex.BytePositionInLine + 1));
        }
        catch (XmlException ex)
        {
            result.Errors.Add(new ExtractionError(file, "invalid XML: " + FirstSentence(ex.Message), ex.LineNumber == 0 ? null : ex.LineNumber, ex.LinePosition == 0 ? null : ex.LinePosition));
        }
        catch (RepositoryFileException ex)
        {
            result.Errors.Add(new ExtractionError(file, ex.Message));
        }
        catch (IOException ex)
        {
            result.Errors.Add(new ExtractionError(file, "cannot read: " + ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            result.Errors.Add(new ExtractionError(file, "cannot read: " + ex.Message));
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement accessors throw this when a value has the wrong kind (a string where an object belongs).
            result.Errors.Add(new ExtractionError(file, "unexpected structure: " + ex.Message));
        }
        catch (FormatException ex)
        {
            result.Errors.Add(new ExtractionError(file, "unexpected value: " + ex.Message));
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException or OverflowException)
        {
            // A parser bug on strange input: it costs this file only, and the message says it is ours.
            result.Errors.Add(new ExtractionError(file, $"could not be parsed (internal error {ex.GetType().Name}: {ex.Message}); please report it"));
        }

        return false;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
