using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

/// <summary>The project's own licence (node 0) comes from pyproject.toml: [project] license, else [tool.poetry] license.</summary>
public class PyPIProjectLicenceTests
{
    [Fact]
    public void Pep639Expression_BecomesTheRootLicence_WithoutALockfile()
    {
        var result = ExtractFolder(Fixtures, "pyproject-only");
        Assert.Equal("MIT AND (Apache-2.0 OR BSD-2-Clause)", Graph(result, "pyproject.toml").Root.License);
    }

    [Fact]
    public void PoetryLicense_BecomesTheRootLicence_OfThePoetryLockGraph()
    {
        var result = ExtractFolder(Fixtures, "poetry-groups");
        Assert.Equal("Apache-2.0", Graph(result, "poetry.lock").Root.License);
    }

    [Fact]
    public void Pep621TextTable_BecomesTheRootLicence_OfThePdmLockGraph()
    {
        var result = ExtractFolder(Fixtures, "pdm");
        Assert.Equal("BSD-3-Clause", Graph(result, "pdm.lock").Root.License);
    }

    [Fact]
    public void ProjectLicense_WinsOverPoetrys_AndUvGraphsCarryIt()
    {
        var result = Extract(Repo(("pyproject.toml", "[project]\nname = \"app\"\nversion = \"0.1.0\"\nlicense = \"ISC\"\n\n[tool.poetry]\nlicense = \"MIT\"\n"),
            ("uv.lock", "version = 1\n\n[[package]]\nname = \"app\"\nversion = \"0.1.0\"\nsource = { virtual = \".\" }\n")));
        Assert.Empty(result.Errors);
        Assert.Equal("ISC", Graph(result, "uv.lock").Root.License);
    }

    [Fact]
    public void ManifestStatingNoLicence_LeavesTheRootLicenceNull()
    {
        var result = Extract(Repo(("pyproject.toml", "[project]\nname = \"plain\"\nversion = \"1.0\"\ndependencies = [\"attrs==23.2.0\"]\n")));
        var graph = Graph(result, "pyproject.toml");
        Assert.Equal("plain", graph.Root.Name);
        Assert.Null(graph.Root.License);
    }

    [Theory]
    [InlineData("license = 42")]
    [InlineData("license = { file = \"LICENSE\" }")]
    [InlineData("license = { text = { nested = \"MIT\" } }")]
    [InlineData("license = [\"MIT\"]")]
    [InlineData("license = \"\"")]
    public void WrongTypedLicence_IsNull_AndTheGraphIsKept(string licenseLine)
    {
        var result = Extract(Repo(("pyproject.toml", $"[project]\nname = \"odd\"\nversion = \"1.0\"\n{licenseLine}\ndependencies = [\"attrs==23.2.0\"]\n")));
        Assert.Empty(result.Errors);
        var graph = Graph(result, "pyproject.toml");
        Assert.Null(graph.Root.License);
        Assert.Equal("attrs", Node(graph, "attrs").Name);
    }
}
