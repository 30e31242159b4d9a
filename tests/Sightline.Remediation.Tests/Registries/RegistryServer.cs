using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sightline.Remediation.Tests.Registries;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1: GET routes by exact request target, one request per connection.
/// A route can answer a file, a status, hang until the server stops, or stream a body with no end.
/// Unrouted targets get 404.
/// </summary>
internal sealed class RegistryServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _headers = new();
    private readonly Task _loop;

    public RegistryServer()
    {
        _listener.Start();
        Base = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}/registry/");
        _loop = Task.Run(AcceptLoop);
    }

    public enum Kind
    {
        File,
        Status,
        Hang,
        Endless,
    }

    /// <summary>The registry's base address (with a path, as mirrors have).</summary>
    public Uri Base { get; }

    /// <summary>Request targets received, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Raw header lines received.</summary>
    public IReadOnlyList<string> Headers => [.. _headers];

    public RegistryServer File(string target, string path, string contentType = "application/json")
    {
        _routes["/registry/" + target] = new Route(Kind.File, 200, System.IO.File.ReadAllBytes(path), contentType);
        return this;
    }

    public RegistryServer Status(string target, int status)
    {
        _routes["/registry/" + target] = new Route(Kind.Status, status, Encoding.ASCII.GetBytes("{\"error\":\"boom\"}"), "application/json");
        return this;
    }

    public RegistryServer Hang(string target)
    {
        _routes["/registry/" + target] = new Route(Kind.Hang, 200, [], "application/json");
        return this;
    }

    public RegistryServer Endless(string target)
    {
        _routes["/registry/" + target] = new Route(Kind.Endless, 200, [], "application/json");
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var target = await ReadHeadAsync(stream);
                _requests.Enqueue(target);
                var route = _routes.TryGetValue(target, out var found) ? found : new Route(Kind.Status, 404, Encoding.ASCII.GetBytes("{}"), "application/json");
                await AnswerAsync(stream, route);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The client gave up (timeout, size cap) or the server is stopping.
            }
        }
    }

    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
        var requestLine = await reader.ReadLineAsync(_stop.Token) ?? string.Empty;
        string? line;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync(_stop.Token)))
        {
            _headers.Enqueue(line);
        }

        return requestLine.Split(' ') is [_, var target, ..] ? target : string.Empty;
    }

    private async Task AnswerAsync(NetworkStream stream, Route route)
    {
        if (route.Kind == Kind.Hang)
        {
            await Task.Delay(Timeout.Infinite, _stop.Token);
        }

        var reason = route.Status switch { 200 => "OK", 404 => "Not Found", 500 => "Internal Server Error", _ => "Status" };
        var length = route.Kind == Kind.Endless ? string.Empty : $"Content-Length: {route.Body.Length}\r\n";
        var head = $"HTTP/1.1 {route.Status} {reason}\r\nContent-Type: {route.ContentType}\r\n{length}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        if (route.Kind != Kind.Endless)
        {
            await stream.WriteAsync(route.Body, _stop.Token);
            return;
        }

        // No length and no end: only the client's size cap stops it.
        var chunk = Encoding.ASCII.GetBytes("{\"versions\":{" + new string(' ', 65536));
        while (!_stop.IsCancellationRequested)
        {
            await stream.WriteAsync(chunk, _stop.Token);
            chunk = Encoding.ASCII.GetBytes(new string(' ', 65536));
        }
    }

    private sealed record Route(Kind Kind, int Status, byte[] Body, string ContentType);
}
