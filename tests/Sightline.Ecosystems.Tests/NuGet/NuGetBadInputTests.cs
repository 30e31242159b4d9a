using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.NuGet.NuGetTestSupport;

namespace Sightline.Ecosystems.Tests.NuGet;

public class NuGetBadInputTests
{
    private const string Good = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
          <ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup>
        </Project>
        """;

    [Fact]
    public void MalformedXml_ErrorNamesFileLineAndColumn_OthersStillGraphed()
    {
        var repository = new InMemoryRepository()
            .Add("good/Good.csproj", Good)
            .Add("bad/Bad.csproj", "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"X\" Version=\"1.0.0\">\n  </ItemGroup>\n</Project>\n");

        var result = Run(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("bad/Bad.csproj", error.File);
        Assert.StartsWith("invalid XML", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
        Assert.NotNull(error.Column);
        Assert.Equal("good/Good.csproj", Assert.Single(result.Graphs).ManifestPath);
    }

    [Fact]
    public void Dtd_ExternalEntity_RejectedAndNeverRead()
    {
        var secret = Path.Combine(Path.GetTempPath(), "sightline-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var inner = new InMemoryRepository()
                .Add("secret.txt", "TOP-SECRET-CONTENT")
                .Add("App/App.csproj", $"""
                    <?xml version="1.0"?>
                    <!DOCTYPE Project [ <!ENTITY a SYSTEM "file://{secret}"> <!ENTITY b SYSTEM "../secret.txt"> ]>
                    <Project><PropertyGroup><Version>&a;&b;</Version></PropertyGroup></Project>
                    """)
                .Add("App/packages.config", """
                    <?xml version="1.0"?>
                    <!DOCTYPE packages [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;"> ]>
                    <packages><package id="&lol2;" version="1.0.0" /></packages>
                    """);
            var repository = new RecordingRepository(inner);

            var result = Run(repository);

            Assert.Equal(2, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.Contains("DTD", e.Message, StringComparison.Ordinal));
            Assert.Equal(["App/App.csproj", "App/packages.config"], result.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
            Assert.DoesNotContain("secret.txt", repository.Opened);
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
            Assert.Empty(result.Graphs);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void MalformedJson_LockfileError_ProjectFallsBackToDeclarations()
    {
        var repository = new InMemoryRepository()
            .Add("App/App.csproj", Good)
            .Add("App/packages.lock.json", "{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net8.0\": { ,\n");

        var result = Run(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("App/packages.lock.json", error.File);
        Assert.StartsWith("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("csproj (no lockfile)", graph.Kind);
        Assert.Contains(graph.Unresolved, u => u.Reason.Contains("App/packages.lock.json could not be read", StringComparison.Ordinal));
        Assert.Equal("3.1.1", Node(graph, "Serilog").Version);
    }

    [Theory]
    [InlineData("""{ "version": "1", "dependencies": {} }""", "expected an integer at $.version")]
    [InlineData("""{ "version": 1, "dependencies": [] }""", "expected an object at $.dependencies")]
    [InlineData("""{ "version": 1, "dependencies": { "net8.0": { "A": { "type": "Direct", "resolved": 13 } } } }""", "expected a string at $.dependencies.net8.0.A.resolved")]
    [InlineData("""{ "version": 1, "dependencies": { "net8.0": { "A": { "type": "Direct", "resolved": "1.0.0", "dependencies": { "B": 1 } } } } }""", "expected a string at $.dependencies.net8.0.A.dependencies.B")]
    [InlineData("""{ "version": 1, "dependencies": { "net8.0": { "A": { "type": "Direct" } } } }""", "no 'resolved' version")]
    [InlineData("""{ "version": 9, "dependencies": {} }""", "unsupported packages.lock.json version 9")]
    [InlineData("""[1, 2]""", "expected an object at $")]
    public void WrongTypedJson_PackagesLock_ErrorNotCrash(string json, string message)
    {
        var result = Run(new InMemoryRepository().Add("packages.lock.json", json));

        var error = Assert.Single(result.Errors);
        Assert.Equal("packages.lock.json", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Graphs);
    }

    [Theory]
    [InlineData("""{ "version": 3, "targets": { "net8.0": { "NoSlash": { "type": "package" } } } }""", "is not 'Id/Version'")]
    [InlineData("""{ "version": 3, "targets": { "net8.0": [] } }""", "expected an object at $.targets.net8.0")]
    [InlineData("""{ "version": 3, "projectFileDependencyGroups": { "net8.0": "A >= 1" } }""", "expected an array")]
    [InlineData("""{ "version": 2 }""", "unsupported project.assets.json version 2")]
    public void WrongTypedJson_ProjectAssets_ErrorNotCrash(string json, string message)
    {
        var result = Run(new InMemoryRepository().Add("obj/project.assets.json", json));

        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDirectoryPackagesProps_ReportedOnce_ProjectsStillGraphed()
    {
        var repository = new InMemoryRepository()
            .Add("Directory.Packages.props", "<Project><ItemGroup><PackageVersion Include=\"A\" Version=\"1.0.0\"></ItemGroup></Project>")
            .Add("One/One.csproj", Good)
            .Add("Two/Two.csproj", Good)
            .Add("Three/packages.config", "<packages><package version=\"1.0.0\" /></packages>");

        var result = Run(repository);

        Assert.Equal(["Directory.Packages.props", "Three/packages.config"], result.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.Contains("no 'id' attribute", result.Errors.Single(e => e.File == "Three/packages.config").Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Graphs.Count);
        Assert.True(result.BytesRead > 0);
    }

    [Fact]
    public void NotAProject_RootElementChecked()
    {
        var result = Run(new InMemoryRepository().Add("x.csproj", "<Something />"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("not an MSBuild file", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    /// <summary>Records which files the extractor opens.</summary>
    private sealed class RecordingRepository(IRepositoryFiles inner) : IRepositoryFiles
    {
        public List<string> Opened { get; } = [];

        public IReadOnlyList<string> Files => inner.Files;

        public bool Exists(string relativePath) => inner.Exists(relativePath);

        public Stream OpenRead(string relativePath)
        {
            Opened.Add(relativePath);
            return inner.OpenRead(relativePath);
        }

        public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream)
        {
            Opened.Add(relativePath);
            return inner.TryOpen(relativePath, out stream);
        }
    }
}
