namespace Sightline.Notify;

/// <summary>
/// How a delivery went. <see cref="Outcome"/> uses a fixed vocabulary ("delivered: 201 Created",
/// "rejected: 403 Forbidden", "500 Internal Server Error (gave up after 4 attempts)", "connection
/// refused", "timeout after 15 s", "written") and never holds an address or a token.
/// <see cref="Location"/> is the created issue's page or the written file; null otherwise.
/// </summary>
public sealed record DeliveryResult(bool Delivered, int Attempts, string Outcome, string? Location);
