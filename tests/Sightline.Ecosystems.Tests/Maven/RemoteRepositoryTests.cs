using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>The remote source over HTTP against a server on 127.0.0.1 serving the fixture repository layout.</summary>
public sealed class RemoteRepositoryTests : IDisposable
{
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("sightline-maven-cache-");

    public void Dispose() => _cache.Delete(recursive: true);

    private MavenSettings Remote(string url) => new() { RemoteRepositories = [url], CacheFolder = _cache.FullName };

    [Fact]
    public void RemoteRepository_ResolvesTheTree_AndASecondRunUsesTheCacheWithTheServerStopped()
    {
        var project = new FileSystemRepository(MavenTestData.Folder("local-project"));
        string url;
        string[] first;
        using (var server = new TinyHttpServer(MavenTestData.LocalRepository))
        {
            url = server.Url;
            var graph = MavenTestData.Extract(new MavenExtractor(Remote(url)), project).Graph("pom.xml");
            first = [.. graph.Nodes.Select(n => $"{n} {n.Scope}")];
            Assert.Equal(16, first.Length);
            Assert.Equal("1.5", graph.Node("org.example:lib-r").Version);
            Assert.Equal("4.2", graph.Node("org.example:lib-h").Version);
            Assert.Equal("3.0", graph.Node("org.example:lib-g").Version);
            Assert.Equal("POM not found in the repository or the remote repository: its dependencies are unknown", Assert.Single(graph.Unresolved).Reason);
            Assert.True(server.Requests > 10);
        }

        // A new extractor (nothing in memory), the same URL, the server gone: only the cache folder can answer.
        var again = MavenTestData.Extract(new MavenExtractor(Remote(url)), project).Graph("pom.xml");

        Assert.Equal(first, again.Nodes.Select(n => $"{n} {n.Scope}"));
        Assert.Single(again.Unresolved);
        Assert.NotEmpty(_cache.GetFiles("lib-a-1.0.pom", SearchOption.AllDirectories));
    }

    [Fact]
    public void Offline_NeverContactsTheServer()
    {
        using var server = new TinyHttpServer(MavenTestData.LocalRepository);

        var graph = MavenTestData.Extract(MavenTestData.Folder("local-project"), Remote(server.Url) with { Offline = true }).Graph("pom.xml");

        Assert.Equal(0, server.Requests);
        Assert.All(graph.Nodes.Skip(1), n => Assert.True(n.Direct));
    }

    [Fact]
    public void FileOverTheSizeLimit_IsTreatedAsAbsent()
    {
        using var server = new TinyHttpServer(MavenTestData.LocalRepository);

        var graph = MavenTestData.Extract(MavenTestData.Folder("local-project"), Remote(server.Url) with { MaxRemoteFileBytes = 64 }).Graph("pom.xml");

        Assert.True(server.Requests > 0);
        Assert.Equal(5, graph.Nodes.Count - 1);
        Assert.All(graph.Unresolved, u => Assert.StartsWith("POM not found", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void ServerThatNeverAnswers_TimesOut_AndThePomIsUnresolved()
    {
        using var server = new TinyHttpServer(MavenTestData.LocalRepository, silent: true);
        var repository = new InMemoryRepository().Add("pom.xml",
            "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version><dependencies><dependency><groupId>org.example</groupId><artifactId>lib-c</artifactId><version>1.0</version></dependency></dependencies></project>");

        var graph = MavenTestData.Extract(new MavenExtractor(Remote(server.Url) with { RemoteTimeout = TimeSpan.FromMilliseconds(300) }), repository).Graph("pom.xml");

        Assert.Equal("org.example:lib-c:1.0", Assert.Single(graph.Unresolved).Name);
    }

    [Fact]
    public void Settings_HaveNoRemoteRepositoryUnlessOneIsListed()
    {
        Assert.Empty(new MavenSettings().RemoteRepositories);
        Assert.Empty(MavenSettings.Default().RemoteRepositories);
        Assert.False(MavenSettings.Default().Offline);
        Assert.Throws<ArgumentException>(() => new MavenExtractor(new MavenSettings { RemoteRepositories = ["ftp://mirror.example/maven2/"] }));
    }
}
