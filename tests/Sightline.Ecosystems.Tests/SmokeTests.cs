using Sightline.Core.Model;
using Xunit;

namespace Sightline.Ecosystems.Tests;

public class PurlTests
{
    [Theory]
    [InlineData(Ecosystem.Npm, "@angular/core", "17.0.1", "pkg:npm/%40angular/core@17.0.1")]
    [InlineData(Ecosystem.Npm, "lodash", "4.17.21", "pkg:npm/lodash@4.17.21")]
    [InlineData(Ecosystem.NuGet, "Newtonsoft.Json", "13.0.1", "pkg:nuget/Newtonsoft.Json@13.0.1")]
    [InlineData(Ecosystem.PyPI, "Flask_SQLAlchemy", "3.0", "pkg:pypi/flask-sqlalchemy@3.0")]
    [InlineData(Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", "2.14.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")]
    [InlineData(Ecosystem.NuGet, "Pkg", "1.0.0+build.5", "pkg:nuget/Pkg@1.0.0%2Bbuild.5")]
    public void For_BuildsCanonicalPurl(Ecosystem ecosystem, string name, string version, string expected) =>
        Assert.Equal(expected, Purl.For(ecosystem, name, version));
}

public class FilePatternTests
{
    [Theory]
    [InlineData("requirements.txt", true)]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("REQUIREMENTS_test.TXT", true)]
    [InlineData("dev-requirements.txt", true)]
    [InlineData("requirements.in", false)]
    [InlineData("notes.txt", false)]
    [InlineData("Api.csproj", true)]
    [InlineData("csproj", false)]
    public void Star_MatchesAnyRunOfCharacters_CaseInsensitively(string fileName, bool expected) =>
        Assert.Equal(expected, Core.Extraction.FilePatterns.Matches(fileName, ["requirements*.txt", "*requirements.txt", "*.csproj"]));
}
