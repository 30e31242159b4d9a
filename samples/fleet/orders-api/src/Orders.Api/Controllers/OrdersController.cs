using Acme.Json;
using Microsoft.AspNetCore.Mvc;
using Orders.Api.Models;
using Orders.Api.Services;

namespace Orders.Api.Controllers;

[ApiController]
[Route("api/orders")]
public sealed class OrdersController(IOrderStore store, ILogger<OrdersController> logger) : ControllerBase
{
    /// <summary>
    /// Creates an order. The body is read raw and parsed with Acme.Json so that
    /// partners posting Json.NET-style payloads (enum strings, ISO dates) keep working.
    /// </summary>
    [HttpPost]
    [Consumes("application/json")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        CreateOrderRequest request;
        try
        {
            request = await AcmeJson.DeserializeAsync<CreateOrderRequest>(Request.Body, cancellationToken);
        }
        catch (AcmeJsonException ex)
        {
            logger.LogWarning(ex, "Rejected malformed order payload");
            return BadRequest(new { error = "invalid_payload" });
        }

        if (string.IsNullOrWhiteSpace(request.CustomerId) || request.Lines is not { Count: > 0 })
        {
            return BadRequest(new { error = "customerId and lines are required" });
        }

        var order = store.Add(request);
        logger.LogInformation("Created order {OrderId} for {CustomerId}", order.Id, order.CustomerId);
        return Content(AcmeJson.Serialize(order), "application/json");
    }

    [HttpGet("{id:guid}")]
    public IActionResult Get(Guid id)
    {
        var order = store.Find(id);
        return order is null ? NotFound() : Content(AcmeJson.Serialize(order), "application/json");
    }

    [HttpGet]
    public IActionResult List([FromQuery] string customerId) =>
        Content(AcmeJson.Serialize(store.ForCustomer(customerId)), "application/json");
}
