using Sightline.Remediation.Scheduling;
using Xunit;

namespace Sightline.Remediation.Tests;

public class OrToolsTests
{
    [Fact]
    public void CpSat_LoadsItsNativeRuntimeAndSolves() => Assert.True(OrToolsProbe.Solves());
}
