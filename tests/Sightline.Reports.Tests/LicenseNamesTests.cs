using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests;

public sealed class LicenseNamesTests
{
    [Theory]
    [InlineData("Apache License, Version 2.0", "Apache-2.0")]
    [InlineData("  The Apache Software License,  Version 2.0. ", "Apache-2.0")]
    [InlineData("MIT License (MIT)", "MIT")]
    [InlineData("the mit license", "MIT")]
    [InlineData("Eclipse Public License - v 2.0", "EPL-2.0")]
    [InlineData("BSD 3-Clause \"New\" or \"Revised\" License", "BSD-3-Clause")]
    [InlineData("GNU General Public License v2.0 only", "GPL-2.0-only")]
    public void NameOfOneLicence_BecomesItsSpdxId(string name, string id) => Assert.Equal(id, LicenseNames.Normalize(name));

    [Theory]
    [InlineData("GNU General Public License, version 2")] // "only" or "or later"? The name does not say.
    [InlineData("BSD License")]
    [InlineData("Acme Proprietary License")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("UNLICENSED")]
    public void AnythingElse_StaysAsWritten(string text) => Assert.Equal(text, LicenseNames.Normalize(" " + text + " "));
}
