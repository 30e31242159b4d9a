using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sightline.Core.Advisories;

namespace Sightline.Store;

public sealed partial class SightlineStore
{
    /// <summary>
    /// The stored form of a record: the Core model as JSON (snake_case, enums by name), so what is read back
    /// equals what was imported, whatever format (OSV JSON, YAML) it came from.
    /// </summary>
    private static readonly JsonSerializerOptions AdvisoryJsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    internal static string AdvisoryToJson(Advisory advisory) => JsonSerializer.Serialize(advisory, AdvisoryJsonOptions);

    internal static Advisory AdvisoryFromJson(string json) =>
        JsonSerializer.Deserialize<Advisory>(json, AdvisoryJsonOptions)
        ?? throw new InvalidOperationException("a stored advisory record is empty");

    /// <summary>Timestamps are stored in UTC round-trip form, so they sort as text too.</summary>
    private static object Timestamp(DateTimeOffset? value) =>
        value is { } v ? v.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    private static DateTimeOffset ParseTimestamp(object? value) =>
        value is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : DateTimeOffset.MinValue;

    /// <summary>The case-insensitive key of an id or alias.</summary>
    private static string AdvisoryKey(string idOrAlias) => idOrAlias.Trim().ToUpperInvariant();
}
