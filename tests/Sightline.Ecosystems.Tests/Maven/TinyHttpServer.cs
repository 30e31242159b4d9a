using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 for the remote-repository tests: GET only, one request per
/// connection, files served from a folder (404 otherwise). Optionally silent, to exercise timeouts.
/// </summary>
internal sealed class TinyHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _root;
    private readonly bool _silent;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public TinyHttpServer(string root, bool silent = false)
    {
        _root = Path.GetFullPath(root);
        _silent = silent;
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/maven2/";

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener's exception; nothing to report.
        }

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
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync();
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
                // Headers are not needed.
            }

            Interlocked.Increment(ref _requests);
            if (_silent)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            var path = requestLine?.Split(' ') is [_, var target, ..] && target.StartsWith("/maven2/", StringComparison.Ordinal) ? target["/maven2/".Length..] : null;
            var file = path is null ? null : Path.GetFullPath(Path.Combine(_root, path));
            var found = file is not null && file.StartsWith(_root, StringComparison.Ordinal) && File.Exists(file);
            var body = found ? await File.ReadAllBytesAsync(file!) : Encoding.ASCII.GetBytes("not found");
            var head = $"HTTP/1.1 {(found ? "200 OK" : "404 Not Found")}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body);
        }
    }
}
