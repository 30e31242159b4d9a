using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml;

namespace Sightline.Remediation.Registries;

public sealed partial class RegistryVersionSource
{
    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        // Timeouts are per request (RequestTimeout), so the client's own is off.
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return client;
    }

    /// <summary>One GET: the versions, or null and why not.</summary>
    private async Task<(IReadOnlyList<string>? Versions, string? Problem)> FetchAsync(
        RegistryProtocol protocol, string package, CancellationToken cancellationToken)
    {
        if (protocol.Base(_endpoints) is not { } baseUri)
        {
            return (null, $"no {protocol.Name} address configured");
        }

        if (protocol.PathFor(package, out var nameProblem) is not { } path)
        {
            return (null, nameProblem);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RegistryProtocol.Combine(baseUri, path));
            request.Headers.TryAddWithoutValidation("Accept", protocol.Accept);
            // crates.io refuses requests without a User-Agent.
            request.Headers.TryAddWithoutValidation("User-Agent", "Sightline-remediation (version lookup)");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return (null, $"not found in the {protocol.Name}");
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, $"{protocol.Name} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase})");
            }

            if (response.Content.Headers.ContentLength > MaxResponseBytes)
            {
                return (null, TooLarge(protocol));
            }

            var body = await ReadCappedAsync(await response.Content.ReadAsStreamAsync(timeout.Token), MaxResponseBytes, timeout.Token);
            return body is null ? (null, TooLarge(protocol)) : (protocol.Parse(body), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer from the {protocol.Name} within {RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException e)
        {
            return (null, $"cannot reach the {protocol.Name}: {e.Message}");
        }
        catch (IOException e)
        {
            return (null, $"the {protocol.Name} connection failed: {e.Message}");
        }
        catch (Exception e) when (e is JsonException or XmlException or FormatException or System.Text.DecoderFallbackException)
        {
            return (null, $"the {protocol.Name} sent an unreadable answer: {e.Message}");
        }
    }

    private string TooLarge(RegistryProtocol protocol) =>
        $"the {protocol.Name} answer is larger than {MaxResponseBytes.ToString(CultureInfo.InvariantCulture)} bytes";

    /// <summary>The whole body, or null once it passes the cap: memory stays bounded by the cap.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        await using (stream)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
