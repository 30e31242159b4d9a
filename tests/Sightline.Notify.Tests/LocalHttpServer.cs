using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
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

/// <summary>
/// A scripted HTTP/1.1 server on 127.0.0.1 and a free port, built on TcpListener so it can also hang
/// or stream forever. The n-th request gets the n-th reply (the last one repeats). Every response
/// closes its connection.
/// </summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private readonly Reply[] replies;
    private readonly Task accepting;
    private int count;

    public LocalHttpServer(params Reply[] replies)
    {
        this.replies = replies;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedRequest> Requests => [.. received];

    public Uri Url(string pathAndQuery) => new("http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture) + pathAndQuery);

    /// <summary>A port nothing listens on: bound, then released.</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            var reply = replies[Math.Min(Interlocked.Increment(ref count) - 1, replies.Length - 1)];
            _ = Task.Run(() => HandleAsync(client, reply));
        }
    }

    private async Task HandleAsync(TcpClient client, Reply reply)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                received.Enqueue(await ReadRequestAsync(stream, stop.Token));
                await AnswerAsync(stream, reply, stop.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The client went away (timeout, cancellation, body limit) or the server is stopping.
            }
        }
    }

    private static async Task AnswerAsync(NetworkStream stream, Reply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case Reply.StatusReply status:
                var body = Encoding.UTF8.GetBytes(status.Body);
                var head = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status.Code} {status.Reason}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n"));
                foreach (var (name, value) in status.Headers)
                {
                    head.Append(name).Append(": ").Append(value).Append("\r\n");
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
                await stream.WriteAsync(body, cancellationToken);
                break;
            case Reply.HangReply:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case Reply.EndlessReply endless:
                await stream.WriteAsync(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $"HTTP/1.1 {endless.Code} {endless.Reason}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")), cancellationToken);
                var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
                await stream.WriteAsync("{\"html_url\":\""u8.ToArray(), cancellationToken);
                while (true)
                {
                    await stream.WriteAsync(chunk, cancellationToken);
                }

            default:
                throw new InvalidOperationException("unknown reply");
        }
    }

    private static async Task<ReceivedRequest> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 4 || buffer[^4] != '\r' || buffer[^3] != '\n' || buffer[^2] != '\r' || buffer[^1] != '\n')
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0 || buffer.Count > 64 * 1024)
            {
                throw new IOException("the request ended before its headers");
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = new byte[headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, CultureInfo.InvariantCulture) : 0];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return new ReceivedRequest(requestLine[0], requestLine[1], headers, body);
    }
}
