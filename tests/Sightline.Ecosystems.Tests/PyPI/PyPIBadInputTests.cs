using System.Text;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

public class PyPIBadInputTests
{
    [Fact]
    public void MalformedToml_IsAnErrorWithItsLine_AndTheOtherFilesStillExtract()
    {
        var result = ExtractFolder(Fixtures, "malformed");

        var pyproject = Assert.Single(result.Errors, e => e.File == "pyproject.toml");
        Assert.Equal(6, pyproject.Line);
        Assert.StartsWith("invalid TOML: ", pyproject.Message, StringComparison.Ordinal);
        var lockfile = Assert.Single(result.Errors, e => e.File == "sub/poetry.lock");
        Assert.Equal(3, lockfile.Line);
        Assert.Equal(2, result.Errors.Count);

        Assert.Equal("six@1.16.0", Assert.Single(Graph(result, "requirements.txt").Nodes.Skip(1)).ToString());
    }

    [Fact]
    public void ValueOfTheWrongKind_IsAnErrorNamingTheKey()
    {
        var result = Extract(Repo(("uv.lock", "version = 1\npackage = \"not a table\"\n"), ("requirements.txt", "six==1.16.0\n")));

        var error = Assert.Single(result.Errors);
        Assert.Equal("uv.lock", error.File);
        Assert.Contains("'package' should be an array of tables", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Graphs);
    }

    [Fact]
    public void DeeplyNestedInput_IsAnError_NotAStackOverflow()
    {
        var toml = "[metadata]\nlock-version = \"2.0\"\nx = " + new string('[', 100_000) + "\n";
        var json = "{\"default\": " + new string('[', 100_000) + "}";
        var result = Extract(Repo(("poetry.lock", toml), ("Pipfile.lock", json)));

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.File == "poetry.lock" && e.Line == 3);
        Assert.Contains(result.Errors, e => e.File == "Pipfile.lock");
    }

    [Fact]
    public void RequirementsIncludingThemselves_StopAtTheCycle()
    {
        var result = Extract(Repo(
            ("requirements.txt", "-r requirements.txt\n--requirement=./other.txt\nsix==1.16.0\n"),
            ("other.txt", "-r requirements.txt\n-c requirements.txt\nidna==3.7\n")));

        var graph = Graph(result, "requirements.txt");
        Assert.Empty(result.Errors);
        Assert.Equal(["idna@3.7", "six@1.16.0"], graph.Nodes.Skip(1).Select(n => n.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, graph.Unresolved.Count(u => u.Reason.Contains("include cycle", StringComparison.Ordinal)));
    }

    [Fact]
    public void UnreadableRequirementLines_AreReportedWithTheirLine_NotFatal()
    {
        var result = Extract(Repo(("requirements.txt", "six==1.16.0\n!!not-a-package\nhttps://example.com/archive\ngit+https://example.com/repo.git\nidna==3.7 \\\n")));

        var graph = Graph(result, "requirements.txt");
        Assert.Empty(result.Errors);
        Assert.Equal(2, graph.Nodes.Count - 1);
        Assert.Contains(graph.Unresolved, u => u.Reason == "requirements.txt:2: not a requirement pip can read");
        Assert.Contains(graph.Unresolved, u => u.Reason.StartsWith("requirements.txt:3: URL without #egg=name", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Reason.StartsWith("requirements.txt:4: VCS reference without #egg=name", StringComparison.Ordinal));
    }

    [Fact]
    public void LargeRequirementsFile_IsReadLineByLine()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("package-").Append(i).Append("==1.0.").Append(i % 7).Append('\n');
        }

        var result = Extract(Repo(("requirements.txt", text.ToString())));

        Assert.Equal(50_000, Graph(result, "requirements.txt").Nodes.Count - 1);
        Assert.Equal(text.Length, result.BytesRead);
    }
}
