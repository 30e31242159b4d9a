using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Sightline.Notify.Tests;

/// <summary>Just enough HTTP/1.1: a request with a Content-Length body in, a scripted answer out.</summary>
internal sealed partial class LocalHttpServer
{
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
