using Orders.Api.Models;

namespace Orders.Api.Services;

public interface IOrderStore
{
    Order Add(CreateOrderRequest request);

    Order? Find(Guid id);

    IReadOnlyList<Order> ForCustomer(string customerId);
}
