using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Sightline.Cli.Tests;

public class AdvisoriesCommandTests
{
    private static string Record(string id, string modified, string alias = "CVE-2099-0001") => $$"""
        { "id": "{{id}}", "modified": "{{modified}}", "aliases": ["{{alias}}"], "summary": "Bad merge in left-pad",
          "affected": [ { "package": { "ecosystem": "npm", "name": "left-pad" },
                          "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "0" }, { "fixed": "1.3.1" } ] } ] },
                        { "package": { "ecosystem": "Debian:11", "name": "node-left-pad" } } ] }
        """;

    [Fact]
    public async Task Import_PrintsCounts_AndShowFindsTheRecordByAlias()
    {
        using var temp = new TempFolder();
        temp.Write("osv/GHSA-aaaa.json", Record("GHSA-aaaa", "2024-01-01T00:00:00Z"));
        temp.Write("osv/LICENSE", "MIT");

        var import = await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(temp.Path, "osv"), "--format", "json");
        var show = await CliRun.RunAsync(temp.Database, "advisories", "show", "cve-2099-0001");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(1, import.Json.GetProperty("added").GetInt32());
        Assert.Equal(1, import.Json.GetProperty("filesRead").GetInt32());
        Assert.Equal(1, import.Json.GetProperty("unsupportedAffected").GetInt32());
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("GHSA-aaaa", show.Output, StringComparison.Ordinal);
        Assert.Contains("fixed 1.3.1", show.Output, StringComparison.Ordinal);
        Assert.Contains("Debian:11 (unsupported)", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ReportsEachBadFileOnStderr_AndExits2_ButImportsTheRest()
    {
        using var temp = new TempFolder();
        temp.Write("osv/GHSA-aaaa.json", Record("GHSA-aaaa", "2024-01-01T00:00:00Z"));
        var bad = temp.Write("osv/GHSA-bad.json", "{\n \"id\": \"GHSA-bad\",\n ]");

        var import = await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(temp.Path, "osv"));

        Assert.Equal(2, import.ExitCode);
        Assert.Contains($"error: {bad}:3:", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "show", "GHSA-aaaa")).ExitCode);
    }

    [Fact]
    public async Task Show_UnknownAdvisory_Exits2()
    {
        using var temp = new TempFolder();

        var show = await CliRun.RunAsync(temp.Database, "advisories", "show", "GHSA-none");

        Assert.Equal(2, show.ExitCode);
        Assert.Contains("unknown advisory 'GHSA-none'", show.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_DownloadsOnce_SkipsOn304_DownloadsAgainOnANewETag_AndKeepsTheDumpOnServerError()
    {
        using var temp = new TempFolder();
        using var server = new DumpServer();
        server.Set("\"v1\"", Zip(("GHSA-aaaa.json", Record("GHSA-aaaa", "2024-01-01T00:00:00Z"))));
        string[] sync = ["advisories", "sync", "--ecosystem", "npm", "--base-url", server.BaseUrl, "--format", "json"];
        var dump = Path.Combine(temp.Path, "db", "osv", "npm", "all.zip");

        var first = await CliRun.RunAsync(temp.Database, sync);
        var second = await CliRun.RunAsync(temp.Database, sync);
        server.Set("\"v2\"", Zip(("GHSA-aaaa.json", Record("GHSA-aaaa", "2024-02-01T00:00:00Z")), ("GHSA-bbbb.json", Record("GHSA-bbbb", "2024-02-01T00:00:00Z"))));
        var third = await CliRun.RunAsync(temp.Database, sync);
        var kept = File.ReadAllBytes(dump);
        server.Fail = true;
        var fourth = await CliRun.RunAsync(temp.Database, sync);

        Assert.Equal((0, 1), (first.ExitCode, first.Json.GetProperty("added").GetInt32()));
        Assert.Equal((0, "not-modified", 0), (second.ExitCode, second.Json.GetProperty("dumps")[0].GetProperty("status").GetString(), second.Json.GetProperty("filesRead").GetInt32()));
        Assert.Equal("\"v1\"", server.IfNoneMatch[1]);
        Assert.Equal((0, 1, 1), (third.ExitCode, third.Json.GetProperty("added").GetInt32(), third.Json.GetProperty("replaced").GetInt32()));
        Assert.Equal(2, fourth.ExitCode);
        Assert.Contains("500", fourth.Error, StringComparison.Ordinal);
        Assert.Equal(kept, File.ReadAllBytes(dump));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(dump)!, "*.download-*"));
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A local HTTP server on 127.0.0.1 serving one dump with an ETag, answering 304 to a matching If-None-Match.</summary>
    private sealed class DumpServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private (string ETag, byte[] Body) _dump = ("\"none\"", []);

        public DumpServer()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(BaseUrl);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string BaseUrl { get; }

        public bool Fail { get; set; }

        public List<string?> IfNoneMatch { get; } = [];

        public void Set(string etag, byte[] body) => _dump = (etag, body);

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var response = context.Response;
                IfNoneMatch.Add(context.Request.Headers["If-None-Match"]);
                if (Fail || context.Request.Url!.AbsolutePath != "/npm/all.zip")
                {
                    response.StatusCode = Fail ? 500 : 404;
                }
                else if (context.Request.Headers["If-None-Match"] == _dump.ETag)
                {
                    response.StatusCode = 304;
                }
                else
                {
                    response.Headers["ETag"] = _dump.ETag;
                    response.ContentLength64 = _dump.Body.Length;
                    await response.OutputStream.WriteAsync(_dump.Body);
                }

                response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
