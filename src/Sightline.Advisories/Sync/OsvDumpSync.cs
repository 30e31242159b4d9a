using System.Net;
using System.Net.Http.Headers;

namespace Sightline.Advisories.Sync;

/// <summary>
/// Downloads osv.dev per-ecosystem dumps (<c>&lt;base&gt;/&lt;Ecosystem&gt;/all.zip</c>) into a cache folder with
/// conditional requests (If-None-Match, If-Modified-Since). A download goes to a temporary file and is moved
/// over the old dump only once complete, so a failed download never damages the previous one.
/// </summary>
public sealed class OsvDumpSync(HttpClient http, Uri baseUrl, string cacheFolder)
{
    /// <summary>Where osv.dev publishes its dumps.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://osv-vulnerabilities.storage.googleapis.com/");

    /// <summary>The cached dump of an ecosystem: &lt;cache&gt;/&lt;ecosystem&gt;/all.zip.</summary>
    public string ZipPathFor(string ecosystem) => Path.Combine(cacheFolder, ecosystem, "all.zip");

    public async Task<OsvSyncOutcome> SyncAsync(string ecosystem, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ecosystem);
        var zipPath = ZipPathFor(ecosystem);
        Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
        var state = OsvDumpState.Load(zipPath);
        var url = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(ecosystem) + "/all.zip");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (state?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (state?.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        var temporary = zipPath + ".download-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new OsvSyncOutcome(ecosystem, OsvSyncStatus.NotModified, zipPath, NeedsImport: state is { Imported: false });
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed(ecosystem, zipPath, state, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            long bytes;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await response.Content.CopyToAsync(file, cancellationToken);
                bytes = file.Length;
            }

            File.Move(temporary, zipPath, overwrite: true);
            new OsvDumpState(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"), Imported: false).Save(zipPath);
            return new OsvSyncOutcome(ecosystem, OsvSyncStatus.Downloaded, zipPath, NeedsImport: true, bytes);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Failed(ecosystem, zipPath, state, $"{url}: {ex.Message}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Records that the cached dump was imported, so a 304 next time means nothing to do.</summary>
    public static void MarkImported(string zipPath)
    {
        if (OsvDumpState.Load(zipPath) is { } state)
        {
            (state with { Imported = true }).Save(zipPath);
        }
    }

    private static OsvSyncOutcome Failed(string ecosystem, string zipPath, OsvDumpState? state, string message) =>
        new(ecosystem, OsvSyncStatus.Failed, zipPath, NeedsImport: false, Message: message + (state is null ? string.Empty : "; the previous dump is kept"));
}
