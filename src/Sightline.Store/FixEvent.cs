using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Sightline.Store;

/// <summary>One step of a fix in one repository, as the hash-chained record holds it.</summary>
public sealed record FixEvent(
    long Sequence,
    string FixId,
    string Repository,
    string Step,
    DateTimeOffset At,
    string Actor,
    string? PlanStep,
    string Evidence,
    string PreviousHash,
    string Hash)
{
    /// <summary>The previous hash of the first event.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// SHA-256 over every field but the hash itself, serialised as one JSON array so no two different
    /// events share an input (a separator inside a field cannot shift a boundary).
    /// </summary>
    public static string ComputeHash(long sequence, string fixId, string repository, string step, DateTimeOffset at, string actor, string? planStep, string evidence, string previousHash)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            sequence, fixId, repository, step, at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), actor, planStep, evidence, previousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    public string Recompute() => ComputeHash(Sequence, FixId, Repository, Step, At, Actor, PlanStep, Evidence, PreviousHash);
}

/// <summary>The steps a fix goes through, in order.</summary>
public static class FixSteps
{
    public const string Planned = "planned";
    public const string BranchCreated = "branch-created";
    public const string Committed = "committed";
    public const string PullRequestOpened = "pull-request-opened";
    public const string Merged = "merged";
    public const string Published = "published";
    public const string Deployed = "deployed";
    public const string Verified = "verified";
    public const string Reopened = "reopened";
    public const string Skipped = "skipped";

    public static readonly IReadOnlyList<string> All = [Planned, BranchCreated, Committed, PullRequestOpened, Merged, Published, Deployed, Verified, Reopened, Skipped];
}

/// <summary>The outcome of checking the chain: intact, or the first event that does not fit and why.</summary>
public sealed record FixRecordVerification(bool Intact, long Events, long? FirstBadSequence, string? Problem);
