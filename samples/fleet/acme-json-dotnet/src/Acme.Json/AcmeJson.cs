using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Acme.Json;

/// <summary>
/// Serialization entry points that apply Acme's JSON conventions everywhere:
/// camelCase names, enums as strings, ISO-8601 dates, nulls omitted.
/// </summary>
public static class AcmeJson
{
    /// <summary>The shared settings. Do not mutate; copy with <see cref="CreateSettings"/>.</summary>
    public static JsonSerializerSettings Settings { get; } = CreateSettings();

    /// <summary>Creates a fresh copy of the Acme settings.</summary>
    public static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
            DateFormatHandling = DateFormatHandling.IsoDateFormat,
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
            MissingMemberHandling = MissingMemberHandling.Ignore,
        };
        settings.Converters.Add(new StringEnumConverter(new CamelCaseNamingStrategy()));
        return settings;
    }

    /// <summary>Serializes <paramref name="value"/> with the Acme conventions.</summary>
    public static string Serialize<T>(T value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Deserializes a JSON document with the Acme conventions.</summary>
    /// <exception cref="AcmeJsonException">The payload is not valid JSON for <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var value = JsonConvert.DeserializeObject<T>(json, Settings);
            return value ?? throw new AcmeJsonException($"Payload for {typeof(T).Name} was null.");
        }
        catch (JsonException ex)
        {
            throw new AcmeJsonException($"Invalid JSON for {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a request or message body and deserializes it.</summary>
    public static async Task<T> DeserializeAsync<T>(Stream body, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(body);
        var json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return Deserialize<T>(json);
    }
}
