using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sightline.Cli.Tests;

/// <summary>A webhook endpoint on 127.0.0.1 that records every request and answers with the scripted status codes (then 200).</summary>
internal sealed class LocalWebhook : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _statuses;
    private readonly Task _loop;

    public LocalWebhook(params int[] statuses)
    {
        _statuses = new ConcurrentQueue<int>(statuses);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        Url = $"{BaseUrl}/hooks/T000/SECRET-{Guid.NewGuid():N}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public string BaseUrl { get; }

    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>The body every answer carries (JSON), or none.</summary>
    public string? ResponseBody { get; init; }

    public ConcurrentQueue<(string Method, string Path, string Body)> Requests { get; } = new();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Authorizations.Enqueue(context.Request.Headers["Authorization"] ?? string.Empty);
            Requests.Enqueue((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync()));
            context.Response.StatusCode = _statuses.TryDequeue(out var status) ? status : 200;
            if (ResponseBody is { } body)
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
            }

            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
