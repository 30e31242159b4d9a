using Newtonsoft.Json;

// Nightly sales report: writes yesterday's totals as JSON. It only ever serialises.
var totals = new SalesTotals(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), 1284, 53_112.40m);
Console.WriteLine(JsonConvert.SerializeObject(totals, Formatting.Indented));

internal sealed record SalesTotals(DateOnly Day, int Orders, decimal Revenue);
