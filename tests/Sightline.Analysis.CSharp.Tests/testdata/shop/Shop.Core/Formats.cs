using Newtonsoft.Json;
using Shop.Legacy.Json;

namespace Shop.Core;

internal static class Formats
{
    // JsonConvert could come from either using directive: both are candidates.
    public static object? Read(string text) => JsonConvert.DeserializeObject(text);
}
