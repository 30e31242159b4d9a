using Sightline.Core.Extraction;
using Tomlyn;
using Tomlyn.Model;

namespace Sightline.Ecosystems.Cargo.Toml;

/// <summary>
/// Reads TOML with Tomlyn and turns its errors into <see cref="ManifestFormatException"/> with line and
/// column. Nesting is capped by Tomlyn's MaxDepth (64), so a hostile file cannot overflow the stack.
/// </summary>
internal static class TomlInput
{
    public static readonly TomlSerializerOptions Options = new() { MaxDepth = 64 };

    /// <summary>The whole document as a table: for Cargo.toml files, which are small.</summary>
    public static TomlTable ReadTable(Stream stream)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(stream, Options) ?? [];
        }
        catch (TomlException ex)
        {
            throw ToFormatException(ex);
        }
    }

    public static ManifestFormatException ToFormatException(TomlException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        long? line = ex.Line is > 0 ? ex.Line : null;
        long? column = ex.Column is > 0 ? ex.Column : null;
        return new ManifestFormatException("invalid TOML: " + FirstMessage(ex.Message), line, column, ex);
    }

    /// <summary>Tomlyn writes "(3,7) : error : Expected ...", one line per diagnostic: keep the first text.</summary>
    private static string FirstMessage(string message)
    {
        var first = message.Split('\n', 2)[0].Trim();
        const string Marker = " : error : ";
        var cut = first.IndexOf(Marker, StringComparison.Ordinal);
        return cut >= 0 ? first[(cut + Marker.Length)..] : first;
    }
}
