using Sightline.Core.Versioning;
using Xunit;

namespace Sightline.Versioning.Tests.SemVerFamily;

/// <summary>The ordering files of the SemVer-family schemes and NuGet, every line both ways.</summary>
public sealed class SemVerFamilyOrderingTests
{
    public static TheoryData<string, int, string> Lines => ComparisonFile.Read("semver", "npm", "nuget", "go", "cargo");

    [Theory]
    [MemberData(nameof(Lines))]
    public void Ordering_FileLineHoldsBothWays(string file, int line, string comparison) =>
        ComparisonFile.Assert(SchemeFor(file), file, line, comparison);

    [Fact]
    public void OrderingFiles_HaveThirtyComparisonsEach()
    {
        foreach (var group in Lines.GroupBy(row => (string)row[0]))
        {
            Assert.True(group.Count() >= 30, $"{group.Key}.txt has {group.Count()} comparisons");
        }
    }

    internal static IVersionScheme SchemeFor(string file) => file switch
    {
        "semver" => VersionSchemes.SemVer,
        "npm" => VersionSchemes.For(Core.Model.Ecosystem.Npm)!,
        "nuget" => VersionSchemes.For(Core.Model.Ecosystem.NuGet)!,
        "go" => VersionSchemes.For(Core.Model.Ecosystem.Go)!,
        "cargo" => VersionSchemes.For(Core.Model.Ecosystem.Cargo)!,
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "no scheme"),
    };
}
