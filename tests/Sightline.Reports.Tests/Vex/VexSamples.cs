using Sightline.Reports.Vex;

namespace Sightline.Reports.Tests.Vex;

/// <summary>VEX documents for the writer tests: a small one for the golden files and one using every status and justification.</summary>
internal static class VexSamples
{
    public static readonly DateTimeOffset Time = new(2026, 3, 1, 12, 30, 45, TimeSpan.Zero);

    public static readonly VexSubcomponent Lodash = new("pkg:npm/lodash@4.17.20", "pkg:npm/lodash@4.17.20");

    public static readonly VexSubcomponent Jackson =
        new("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.1", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.1");

    public static readonly VexSubcomponent Babel = new("pkg:npm/%40babel/traverse@7.22.0", "npm:@babel/traverse@7.22.0");

    public static readonly VexProduct Shop = new("repo:acme/shop", "acme/shop", "1.4.0", null);

    /// <summary>Statements given out of order on purpose: the writers sort them.</summary>
    public static VexDocument Small => new(
        "https://sightline.invalid/vex/acme-shop-1",
        "Sightline",
        Time,
        1,
        Shop,
        [
            new VexStatement(
                "GHSA-jf85-cpcp-j695", ["CVE-2019-10744"], "Prototype pollution in lodash", VexStatus.NotAffected,
                VexJustification.VulnerableCodeNotInExecutePath, [Lodash],
                "No call site reaches lodash.defaultsDeep.", null, "verdict: unreachable; 0 call sites of defaultsDeep", Time.AddHours(-1)),
            new VexStatement(
                "CVE-2020-8203", ["GHSA-p6mc-m468-83gw"], null, VexStatus.Affected, null, [Lodash], null,
                "Update lodash to 4.17.21.", "trace: src/cart.js:12 merge -> lodash.zipObjectDeep", Time.AddHours(-2)),
        ]);

    public static VexDocument Every => new(
        "urn:sightline:vex:acme-shop:every",
        "Sightline",
        Time,
        3,
        Shop with { Purl = "pkg:github/acme/shop@1.4.0" },
        [
            NotAffected("GHSA-0001-0001-0001", VexJustification.ComponentNotPresent, [Babel]),
            NotAffected("GHSA-0002-0002-0002", VexJustification.VulnerableCodeNotPresent, [Lodash]),
            NotAffected("GHSA-0003-0003-0003", VexJustification.VulnerableCodeNotInExecutePath, [Jackson, Lodash]),
            NotAffected("GHSA-0004-0004-0004", VexJustification.VulnerableCodeCannotBeControlledByAdversary, [Jackson]),
            NotAffected("GHSA-0005-0005-0005", VexJustification.InlineMitigationsAlreadyExist, [Lodash]),
            new VexStatement("PYSEC-2024-1", [], null, VexStatus.NotAffected, null, [], "The product never parses untrusted YAML.", null, null, Time),
            new VexStatement("CVE-2024-0001", ["GHSA-0006-0006-0006"], "Deserialisation", VexStatus.Affected, null, [Jackson], null,
                "Update jackson-databind to 2.9.10.8.", "trace: Api.java:40 readValue", Time),
            new VexStatement("CVE-2024-0002", [], null, VexStatus.Fixed, null, [Lodash], null, null, "fixed by the lockfile update", Time),
            new VexStatement("CVE-2024-0003", [], null, VexStatus.UnderInvestigation, null, [Babel], null, null, null, Time),
        ]);

    private static VexStatement NotAffected(string id, VexJustification justification, IReadOnlyList<VexSubcomponent> subcomponents) =>
        new(id, [], null, VexStatus.NotAffected, justification, subcomponents, null, null, "evidence for " + id, Time);
}
