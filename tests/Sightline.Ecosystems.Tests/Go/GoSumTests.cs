using System.Text;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Go;
using Xunit;
using static Sightline.Ecosystems.Tests.Go.GoTestRepos;

namespace Sightline.Ecosystems.Tests.Go;

public class GoSumTests
{
    [Fact]
    public void GoSum_GivesIntegrityFromTheZipLine_AndNotesWhatItLacks()
    {
        var graph = Graph(Extract(Fixture("missing-sum")), "go.mod");

        Assert.Equal("go.sum", graph.LockfilePath);
        Assert.Equal("h1:HtqpIVDClZ4nwg75+f6Lvsy/wHu+3BoSGCbBAcpTsTg=", Node(graph, "github.com/stretchr/testify").Integrity);
        Assert.Null(Node(graph, "gopkg.in/yaml.v3").Integrity);
        Assert.Contains(graph.Unresolved, u => u.Name == "gopkg.in/yaml.v3" && u.Requirement == "v3.0.1" && u.Reason == "missing from go.sum");
        // Only the /go.mod line: that hash is not the module's, so no integrity, and a note that says why.
        Assert.Null(Node(graph, "github.com/davecgh/go-spew").Integrity);
        Assert.Contains(graph.Unresolved, u => u.Name == "github.com/davecgh/go-spew" && u.Reason.Contains("only the go.mod hash", StringComparison.Ordinal));
    }

    [Fact]
    public void NoGoSum_MeansNoMissingNotes()
    {
        var graph = Graph(Extract(new InMemoryRepository().Add("go.mod", "module m\ngo 1.22\nrequire a v1.0.0\n")), "go.mod");

        Assert.Null(graph.LockfilePath);
        Assert.DoesNotContain(graph.Unresolved, u => u.Reason.Contains("go.sum", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedGoSumLine_IsAnErrorOfTheGoSum_AndTheGoModGraphStays()
    {
        var repository = new InMemoryRepository()
            .Add("a/go.mod", "module a\ngo 1.22\nrequire x v1.0.0\n")
            .Add("a/go.sum", "x v1.0.0 h1:abc=\nx v1.0.0/go.mod h1:def=\nx v1.0.0\n")
            .Add("b/go.mod", "module b\ngo 1.22\n");

        var result = Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("a/go.sum", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("malformed go.sum line", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], result.Graphs.Select(g => g.Root.Name).Order());
        var a = result.Graphs.Single(g => g.Root.Name == "a");
        Assert.Equal("x", a.Nodes[1].Name);
        Assert.Null(a.Nodes[1].Integrity);
        Assert.Contains(a.Unresolved, u => u.Reason == "a/go.sum could not be read (see its error): module hashes not checked");
    }

    [Fact]
    public void MalformedGoMod_IsAnErrorWithLineAndColumn_AndOtherGoModsStillExtract()
    {
        var result = Extract(Fixture("malformed"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("bad/go.mod", error.File);
        Assert.Equal(7, error.Line);
        Assert.Equal(24, error.Column);
        Assert.Equal("example.com/good", Assert.Single(result.Graphs).Root.Name);
    }

    [Fact]
    public void LargeGoSum_IsStreamed()
    {
        var path = Path.GetTempFileName();
        try
        {
            var wanted = new Dictionary<string, GoSumEntry>(StringComparer.Ordinal)
            {
                ["example.com/big/m000001 v1.0.1"] = new(),
                ["example.com/last v9.9.9"] = new(),
            };
            long lines;
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                lines = 0;
                for (var i = 0; writer.BaseStream.Length < 50L * 1024 * 1024; i++)
                {
                    writer.Write($"example.com/big/m{i:D6} v1.0.{i % 10} h1:{i:D10}abcdefghijklmnopqrstuvwxyzABCDEFGH=\n");
                    writer.Write($"example.com/big/m{i:D6} v1.0.{i % 10}/go.mod h1:{i:D10}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh=\n");
                    lines += 2;
                }

                writer.Write("example.com/last v9.9.9 h1:LastLineHash=\n");
                lines++;
            }

            using var stream = File.OpenRead(path);
            var read = GoSumReader.Fill(stream, wanted);

            Assert.Equal(lines, read);
            Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024);
            Assert.Equal("h1:0000000001abcdefghijklmnopqrstuvwxyzABCDEFGH=", wanted["example.com/big/m000001 v1.0.1"].Zip);
            Assert.True(wanted["example.com/big/m000001 v1.0.1"].GoMod);
            Assert.Equal("h1:LastLineHash=", wanted["example.com/last v9.9.9"].Zip);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GoSumWithUnusualSpacing_StillMatches()
    {
        var wanted = new Dictionary<string, GoSumEntry>(StringComparer.Ordinal) { ["a v1.0.0"] = new() };

        GoSumReader.Fill(new MemoryStream(Encoding.UTF8.GetBytes("\n  a\t v1.0.0   h1:x=  \r\n")), wanted);

        Assert.Equal("h1:x=", wanted["a v1.0.0"].Zip);
    }

    [Fact]
    public void ExtractionErrorsNeverStopOtherFiles()
    {
        var result = Extract(new InMemoryRepository().Add("go.mod", "module \"unterminated\n").Add("x/go.work", "use ./y\n"));

        Assert.Equal(["go.mod"], result.Errors.Select(e => e.File));
        Assert.IsType<ExtractionError>(result.Errors[0]);
        Assert.Single(result.Graphs);
    }
}
