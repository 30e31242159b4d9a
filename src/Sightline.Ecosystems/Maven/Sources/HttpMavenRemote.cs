namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>Fetches files of one remote Maven repository (Maven Central, a company mirror) by layout path.</summary>
internal interface IMavenRemote
{
    /// <summary>The repository's base URL, ending with '/'.</summary>
    string BaseUrl { get; }

    /// <summary>The file, or null when the repository does not have it or cannot be reached in time.</summary>
    byte[]? TryFetch(string relativePath, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="IMavenRemote"/> over HTTP(S): one shared HttpClient, a per-request timeout and a size limit
/// (a POM or metadata file larger than the limit is treated as absent, never buffered whole).
/// </summary>
internal sealed class HttpMavenRemote : IMavenRemote
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxAutomaticRedirections = 5,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly Uri _base;
    private readonly TimeSpan _timeout;
    private readonly long _maxBytes;

    public HttpMavenRemote(Uri baseUrl, TimeSpan timeout, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"a remote Maven repository must be an http(s) URL, not '{baseUrl}'", nameof(baseUrl));
        }

        _base = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        _timeout = timeout;
        _maxBytes = maxBytes;
    }

    public string BaseUrl => _base.AbsoluteUri;

    public byte[]? TryFetch(string relativePath, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, relativePath));
            using var response = Client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > _maxBytes)
            {
                return null;
            }

            using var stream = response.Content.ReadAsStream(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > _maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return null;
        }
    }
}
