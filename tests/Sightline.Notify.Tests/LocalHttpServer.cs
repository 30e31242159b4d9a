using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sightline.Notify.Tests;

/// <summary>
/// A scripted HTTP/1.1 server on 127.0.0.1 and a free port, built on TcpListener so it can also hang
/// or stream forever. The n-th request gets the n-th reply (the last one repeats). Every response
/// closes its connection.
/// </summary>
internal sealed partial class LocalHttpServer : IAsyncDisposable
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
}
