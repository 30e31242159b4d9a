namespace Sightline.Store;

/// <summary>
/// One thing a repository says about ownership or deployment, as JSON the engine writes and reads back:
/// the store keeps it opaque so the parsers' types stay out of the persistence layer.
/// </summary>
public sealed record ContextFact(string Kind, string Path, string DataJson);

/// <summary>A stored fact with the repository it came from.</summary>
public sealed record StoredContextFact(string Repository, string Kind, string Path, string DataJson);

/// <summary>One recorded notification: one finding in one message to one team.</summary>
public sealed record NotificationRecord(
    string AdvisoryId,
    string Team,
    string FindingKey,
    string Target,
    string Format,
    DateTimeOffset SentAt,
    string SentBy,
    bool Delivered,
    int Attempts,
    string Outcome,
    string? Location,
    string Title,
    string PayloadSha256);
