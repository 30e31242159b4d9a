using System.Collections.Concurrent;
using Orders.Api.Models;

namespace Orders.Api.Services;

public sealed class InMemoryOrderStore(TimeProvider? clock = null) : IOrderStore
{
    private readonly ConcurrentDictionary<Guid, Order> _orders = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public Order Add(CreateOrderRequest request)
    {
        var order = new Order(
            Guid.NewGuid(),
            request.CustomerId,
            request.Lines,
            request.Currency ?? "EUR",
            OrderStatus.Pending,
            _clock.GetUtcNow());
        _orders[order.Id] = order;
        return order;
    }

    public Order? Find(Guid id) => _orders.TryGetValue(id, out var order) ? order : null;

    public IReadOnlyList<Order> ForCustomer(string customerId) =>
        _orders.Values.Where(o => o.CustomerId == customerId).OrderBy(o => o.CreatedAt).ToList();
}
