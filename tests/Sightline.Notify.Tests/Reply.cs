using System.Text.Json;

namespace Sightline.Notify.Tests;

/// <summary>What the server received: one request.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonDocument Json() => JsonDocument.Parse(Body);
}

/// <summary>How the server answers one request.</summary>
internal abstract record Reply
{
    public static Reply Status(int code, string reason, string body = "", params (string Name, string Value)[] headers) => new StatusReply(code, reason, body, headers);

    /// <summary>Reads the request, then never answers.</summary>
    public static Reply Hang { get; } = new HangReply();

    /// <summary>A status line and headers, then a body that never ends.</summary>
    public static Reply Endless(int code, string reason) => new EndlessReply(code, reason);

    internal sealed record StatusReply(int Code, string Reason, string Body, (string Name, string Value)[] Headers) : Reply;

    internal sealed record HangReply : Reply;

    internal sealed record EndlessReply(int Code, string Reason) : Reply;
}
