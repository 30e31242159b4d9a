using Sightline.Core.Versioning;
using Sightline.Versioning.PyPI;
using Xunit;

namespace Sightline.Versioning.Tests;

public sealed class PyPIVersionSchemeTests
{
    private readonly PyPIVersionScheme scheme = new();

    public static IEnumerable<object[]> OrderingLines => VersionOrderingFile.Lines("pypi");

    [Theory]
    [MemberData(nameof(OrderingLines))]
    public void PyPI_OrdersAsPep440(int line, string comparison) =>
        VersionOrderingFile.Check(scheme, line, comparison);

    [Theory]
    [InlineData("1.0-foo-bar")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.0.")]
    [InlineData(".1.0")]
    [InlineData("1..0")]
    [InlineData("1.0+")]
    [InlineData("1.0+ubuntu..1")]
    [InlineData("1.0+ubuntu!")]
    [InlineData("1.0a1a2")]
    [InlineData("1.0.post1.post2")]
    [InlineData("1.0.dev1.dev2")]
    [InlineData("vv1.0")]
    [InlineData("1.0-SNAPSHOT")]
    [InlineData("2.0.0-final")]
    [InlineData("0.3m1")]
    [InlineData("1!")]
    [InlineData("1.2.3\u0663")]
    [InlineData("1.0.1234567890123456789")]
    public void PyPI_RejectsNonPep440Versions(string text) => Assert.False(scheme.TryParse(text, out _));

    [Theory]
    [InlineData("1.0a1", true)]
    [InlineData("1.0.dev1", true)]
    [InlineData("1.0.post1.dev1", true)]
    [InlineData("1.0rc1", true)]
    [InlineData("1.0", false)]
    [InlineData("1.0.post1", false)]
    [InlineData("1.0+local", false)]
    public void PyPI_PrereleaseMeansPreOrDevRelease(string text, bool expected)
    {
        Assert.True(scheme.TryParse(text, out var version));
        Assert.Equal(expected, version.IsPrerelease);
    }

    [Fact]
    public void PyPI_ParsingIsCaseAndWhitespaceInsensitive()
    {
        Assert.True(scheme.TryParse("  V1.0RC1\n", out var spaced));
        Assert.True(scheme.TryParse("1.0rc1", out var plain));
        Assert.Equal(0, spaced.CompareTo(plain));
        Assert.Equal("  V1.0RC1\n", spaced.Text);
    }

    [Fact]
    public void PyPI_EveryPypaAdvisoryVersionParsesExceptKnownLegacyVersions()
    {
        var occurrences = 0;
        var failures = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, version, _) in PypaAdvisoryVersions.All())
        {
            occurrences++;
            if (!scheme.TryParse(version, out _))
            {
                failures.Add(version);
            }
        }

        Assert.True(occurrences > 100_000, $"expected the pypa corpus, read {occurrences} versions");
        Assert.Equal(PyPILegacyVersions.InPypaAdvisories.Order(StringComparer.Ordinal), failures);
    }

    // The pypa "versions" lists are not reliably sorted (some are lexical), so ranges are the check.
    [Fact]
    public void PyPI_GhsaAdvisoryRangesParseAndAscend() =>
        OsvRangeEvents.AssertAscending(scheme, "PyPI");
}
