namespace Shop.Core;

public sealed record Order(string Id, decimal Total);
