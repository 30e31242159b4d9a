using System.Collections.Generic;
using Newtonsoft.Json;
using static Newtonsoft.Json.JsonConvert;

namespace Shop.Core;

public static class OrderStore
{
    private static readonly Dictionary<string, string> Rows = new();

    public static JsonSerializer Defaults { get; } = JsonSerializer.CreateDefault();

    public static Order? Find(string id) =>
        Rows.TryGetValue(id, out var json) ? Newtonsoft.Json.JsonConvert.DeserializeObject<Order>(json) : null;

    public static void Save(Order order) => Rows[order.Id.Slug()] = SerializeObject(order);

    public static void Remove(string id) => Rows.Remove(id);

    public static string Pretty(Order order, JsonSerializerSettings settings)
    {
        settings.Converters.Clear();
        var writer = new JsonTextWriter(new System.IO.StringWriter());
        Defaults.Serialize(writer, order);
        var serializer = JsonSerializer.Create(settings);
        serializer.Serialize(writer, order);
        return writer.ToString()!;
    }

    public static void Write(JsonSerializer serializer, JsonWriter writer, Order order) => serializer.Serialize(writer, order);

    internal static void Purge() => Rows.Clear();
}
