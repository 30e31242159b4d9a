using Newtonsoft.Json;
using Shop.Core;

namespace Shop.Web;

public static class Handlers
{
    public static Order CreateOrder(string body)
    {
        var order = JsonConvert.DeserializeObject<Order>(body)!;
        OrderStore.Save(order);
        return order;
    }

    // Never registered and never called: its call is "called", not "reachable".
    private static Order Unused(string body) => JsonConvert.DeserializeObject<Order>(body)!;
}
