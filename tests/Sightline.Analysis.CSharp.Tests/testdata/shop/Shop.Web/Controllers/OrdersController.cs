using Microsoft.AspNetCore.Mvc;
using Shop.Core;
using J = Newtonsoft.Json.JsonConvert;

namespace Shop.Web.Controllers;

[ApiController]
public class OrdersController : ControllerBase
{
    private readonly Newtonsoft.Json.JsonSerializer _serializer = new();

    public IActionResult Get(string id) => Ok(OrderStore.Find(id));

    public string Export(string id)
    {
        var order = OrderStore.Find(id);
        return J.SerializeObject(order);
    }

    public void Import(System.IO.TextReader reader) => _serializer.Deserialize(reader, typeof(Order));

    private static string Digest(string text) => Acme.Crypto.Hasher.Hash(text);
}
