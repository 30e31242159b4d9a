using Shop.Core;
using Shop.Web;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/orders/{id}", (string id) => OrderStore.Find(id));
app.MapPost("/orders", Handlers.CreateOrder);
app.MapDelete("/orders/{id}", delegate (string id) { OrderStore.Remove(id); });

app.Run();
