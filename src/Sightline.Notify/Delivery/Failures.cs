using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sightline.Notify.Delivery;

/// <summary>
/// The fixed vocabulary of delivery outcomes. Exception messages are never passed through: an
/// HttpRequestException's message can name the host or the whole address, which is a secret.
/// </summary>
internal static class Failures
{
    /// <summary>"403 Forbidden": the reason comes from our own table, never from the server's reason phrase.</summary>
    public static string Status(int code)
    {
        var number = code.ToString(CultureInfo.InvariantCulture);
        var name = Enum.IsDefined((HttpStatusCode)code) ? ((HttpStatusCode)code).ToString() : null;
        return name is null ? number : number + " " + Words(name);
    }

    public static string Network(HttpRequestException ex) => ex.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "name resolution failed",
        HttpRequestError.ConnectionError => Socket(ex) switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.TimedOut => "connection timed out",
            SocketError.ConnectionReset => "connection reset",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable => "host unreachable",
            _ => "connection failed",
        },
        HttpRequestError.SecureConnectionError => "TLS failure",
        HttpRequestError.ResponseEnded => "connection closed before the response",
        HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => "invalid HTTP response",
        HttpRequestError.ConfigurationLimitExceeded => "response headers too large",
        HttpRequestError.ProxyTunnelError => "proxy failure",
        _ => "network error",
    };

    public static string Timeout(TimeSpan timeout) =>
        "timeout after " + timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    public static string GaveUp(string failure, int attempts) =>
        string.Create(CultureInfo.InvariantCulture, $"{failure} (gave up after {attempts} attempt{(attempts == 1 ? "" : "s")})");

    private static SocketError? Socket(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    /// <summary>"InternalServerError" → "Internal Server Error".</summary>
    private static string Words(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(name[i]);
        }

        return sb.ToString();
    }
}
