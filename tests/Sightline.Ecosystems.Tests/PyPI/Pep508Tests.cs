using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Xunit;

namespace Sightline.Ecosystems.Tests.PyPI;

public class Pep508Tests
{
    [Theory]
    [InlineData("requests", "requests", "", null, null, null)]
    [InlineData("Django==4.2.11", "Django", "", "==4.2.11", null, null)]
    [InlineData("celery[redis, sqs] >= 5.3, <6 ; python_version >= \"3.8\"", "celery", "redis,sqs", ">=5.3,<6", "python_version >= \"3.8\"", null)]
    [InlineData("aiodns (>=3.3.0)", "aiodns", "", ">=3.3.0", null, null)]
    [InlineData("Brotli ; platform_python_implementation == \"CPython\"", "Brotli", "", null, "platform_python_implementation == \"CPython\"", null)]
    [InlineData("pkg[x] @ https://example.com/p.whl ; os_name == 'nt'", "pkg", "x", null, "os_name == 'nt'", "https://example.com/p.whl")]
    [InlineData("zope.interface~=6.0", "zope.interface", "", "~=6.0", null, null)]
    public void Parse_SplitsNameExtrasSpecifierMarkerAndUrl(string text, string name, string extras, string? specifier, string? marker, string? url)
    {
        var requirement = Pep508.Parse(text);

        Assert.NotNull(requirement);
        Assert.Equal(name, requirement.Name);
        Assert.Equal(extras, string.Join(',', requirement.Extras));
        Assert.Equal(specifier, requirement.Specifier);
        Assert.Equal(marker, requirement.Marker);
        Assert.Equal(url, requirement.Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-e .")]
    [InlineData("name[unclosed")]
    [InlineData("name !! 1.0")]
    public void Parse_RefusesWhatIsNotARequirement(string text) => Assert.Null(Pep508.Parse(text));

    [Theory]
    [InlineData("==1.2.3", "1.2.3")]
    [InlineData("===1.2.3", "1.2.3")]
    [InlineData("==1.*", null)]
    [InlineData(">=1.2", null)]
    [InlineData("==1.2,<2", null)]
    [InlineData("~=1.2", null)]
    [InlineData(null, null)]
    public void PinnedVersion_OnlyForASingleExactPin(string? specifier, string? expected) =>
        Assert.Equal(expected, Pep508.PinnedVersion(specifier));

    [Theory]
    [InlineData("dev", DependencyScope.Dev)]
    [InlineData("main", DependencyScope.Runtime)]
    [InlineData("test", DependencyScope.Test)]
    [InlineData("testing-extra", DependencyScope.Test)]
    [InlineData("docs-tests", DependencyScope.Test)]
    [InlineData("lint", DependencyScope.Dev)]
    [InlineData("attestation", DependencyScope.Dev)]
    public void GroupNames_GiveScopes(string group, DependencyScope expected) => Assert.Equal(expected, PyPIScopes.ForGroup(group));

    [Theory]
    [InlineData("requirements.txt", null)]
    [InlineData("requirements-dev.txt", DependencyScope.Dev)]
    [InlineData("dev-requirements.txt", DependencyScope.Dev)]
    [InlineData("requirements_test.txt", DependencyScope.Test)]
    [InlineData("test-requirements.txt", DependencyScope.Test)]
    [InlineData("requirements-docs.txt", DependencyScope.Dev)]
    [InlineData("requirements-prod.txt", null)]
    public void RequirementsFileNames_GiveScopes(string fileName, DependencyScope? expected) =>
        Assert.Equal(expected, PyPIScopes.ForRequirementsFile(fileName));
}
