using Newtonsoft.Json;
using Shop.Core;
using Xunit;

namespace Shop.Tests;

public class OrderStoreTests
{
    [Fact]
    public void Purge_RemovesEverything()
    {
        var order = JsonConvert.DeserializeObject<Order>("{\"Id\":\"1\"}")!;
        OrderStore.Save(order);
        Assert.Null(OrderStore.Find("2"));
    }
}
