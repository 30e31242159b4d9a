using Sightline.Advisories.Severity;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

public sealed class MalformedVectorTests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:X", "metric AV has unknown value 'X'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "missing mandatory metric(s): A")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", "metric AV appears more than once")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:Q", "unknown metric 'ZZ'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/", "'' is not a METRIC:VALUE pair")]
    [InlineData("CVSS:3.1/av:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "unknown metric 'av'")]
    [InlineData("CVSS:3.1/", "no metrics")]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", "does not start with CVSS:3.0/ or CVSS:3.1/")]
    [InlineData("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "does not start with")]
    [InlineData("not a vector at all", "does not start with")]
    [InlineData("", "empty")]
    [InlineData(null, "empty")]
    public void Cvss3_MalformedVector_IsRejectedWithAReason(string? vector, string reason)
    {
        Assert.False(Cvss3Vector.TryParse(vector, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "missing mandatory metric(s): SA")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/E:X", "metric E appears more than once")]
    [InlineData("CVSS:4.0/AV:F/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "metric AV has unknown value 'F'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:S/SI:N/SA:N", "metric SC has unknown value 'S'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:red", "metric U has unknown value 'red'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "metric S has unknown value 'U'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "does not start with CVSS:4.0/")]
    [InlineData("CVSS:4.0/AV:N/AC::L", "is not a METRIC:VALUE pair")]
    public void Cvss40_MalformedVector_IsRejectedWithAReason(string vector, string reason)
    {
        Assert.False(Cvss4Vector.TryParse(vector, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedVector_ThrowsFormatExceptionNamingVectorAndReason()
    {
        var v3 = Assert.Throws<FormatException>(() => Cvss3Vector.Parse("CVSS:3.1/AV:X"));
        var v4 = Assert.Throws<FormatException>(() => Cvss4Vector.Parse("garbage"));

        Assert.Contains("'CVSS:3.1/AV:X'", v3.Message, StringComparison.Ordinal);
        Assert.Contains("unknown value 'X'", v3.Message, StringComparison.Ordinal);
        Assert.Contains("'garbage'", v4.Message, StringComparison.Ordinal);
    }
}
