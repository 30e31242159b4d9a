namespace Orders.Api.Models;

public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Cancelled,
}

public sealed record OrderLine(string Sku, int Quantity, long UnitPriceCents);

public sealed record CreateOrderRequest(string CustomerId, IReadOnlyList<OrderLine> Lines, string? Currency);

public sealed record Order(
    Guid Id,
    string CustomerId,
    IReadOnlyList<OrderLine> Lines,
    string Currency,
    OrderStatus Status,
    DateTimeOffset CreatedAt)
{
    public long TotalCents => Lines.Sum(l => l.UnitPriceCents * l.Quantity);
}
