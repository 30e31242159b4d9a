using Newtonsoft.Json;

// Nightly sales report: streams yesterday's totals as JSON with Newtonsoft's writer. It never
// deserialises and never serialises object graphs.
var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
using var writer = new JsonTextWriter(Console.Out) { Formatting = Formatting.Indented };
writer.WriteStartObject();
writer.WritePropertyName("day");
writer.WriteValue(day.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
writer.WritePropertyName("orders");
writer.WriteValue(1284);
writer.WritePropertyName("revenue");
writer.WriteValue(53_112.40m);
writer.WriteEndObject();
writer.Flush();
Console.WriteLine();
