using System.Text.Json;
using NJsonSchema;
using Sightline.Reports.Tests.CycloneDx;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline sbom` on the sample fleet: every document valid against the official schemas, with the lockfiles' content.</summary>
public partial class SbomTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private static readonly Lazy<Task<JsonSchema>> Spdx = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedData, "schemas", "spdx", "spdx-2.3-schema.json")));

    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public SbomTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    private async Task<string> SbomAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, ["sbom", .. args, "--reproducible"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    public static TheoryData<string> Repositories => new(Directory.EnumerateDirectories(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet"))
        .Select(Path.GetFileName).Where(n => n != "deploy-gitops").Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Repositories))]
    public async Task EveryRepository_GivesCycloneDxAndSpdx_ThatValidate(string repository)
    {
        var cyclonedx = await SbomAsync(repository);
        var spdx = await SbomAsync(repository, "--format", "spdx-json");

        Assert.Empty(await CycloneDxSchema.ValidateAsync(cyclonedx));
        Assert.Empty((await Spdx.Value).Validate(spdx));
    }

    [Fact]
    public async Task CheckoutService_HasEveryLockfilePackage_WithItsIntegrityAsAHash()
    {
        var bom = JsonDocument.Parse(await SbomAsync("checkout-service")).RootElement;

        // Independently: the distinct name@version of package-lock.json's packages.
        using var lockfile = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "checkout-service", "package-lock.json")));
        var expected = lockfile.RootElement.GetProperty("packages").EnumerateObject().Where(p => p.Name.Length > 0)
            .Select(p => (Name: p.Name[(p.Name.LastIndexOf("node_modules/", StringComparison.Ordinal) + 13)..], Version: p.Value.GetProperty("version").GetString()))
            .Distinct().ToList();
        var components = bom.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(expected.Count, components.Count);
        var lodash = components.Single(c => c.GetProperty("name").GetString() == "lodash");
        Assert.Equal("4.17.15", lodash.GetProperty("version").GetString());
        var integrity = lockfile.RootElement.GetProperty("packages").GetProperty("node_modules/lodash").GetProperty("integrity").GetString()!;
        var hex = Convert.ToHexStringLower(Convert.FromBase64String(integrity["sha512-".Length..]));
        Assert.Equal(hex, lodash.GetProperty("hashes")[0].GetProperty("content").GetString());
        // The lockfile states lodash's licence; the SBOM carries it.
        Assert.Equal("MIT", lodash.GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());
        var logging = bom.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("ref").GetString() == "pkg:npm/%40acme/logging@1.4.0");
        Assert.Contains("pkg:npm/lodash@4.17.15", logging.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Reproducible_GivesTheSameBytes_AndAServiceIsASubject()
    {
        Assert.Equal(await SbomAsync("billing-app", "--format", "spdx-tv"), await SbomAsync("billing-app", "--format", "spdx-tv"));

        var bom = JsonDocument.Parse(await SbomAsync("billing-app")).RootElement;
        Assert.Equal("billing-app", bom.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
        Assert.Contains(bom.GetProperty("components").EnumerateArray(), c => c.GetProperty("purl").GetString() == "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        var xml = await SbomAsync("billing-app", "--format", "cyclonedx-xml");
        Assert.Contains("xmlns=\"http://cyclonedx.org/schema/bom/1.6\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSubject_IsAClearError()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "sbom", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'nope' is neither an indexed repository nor a known service", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supplier_FromSightlineYaml_NamesTheSubjectAndTheFleetsOwnLibraries_NotThirdParties()
    {
        var bom = JsonDocument.Parse(await SbomAsync("checkout-service")).RootElement;
        var components = bom.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("bom-ref").GetString()!);

        // deploy-gitops/sightline.yaml: sbom.supplier Acme Corp; @acme/logging is built by acme-logging-js, lodash is not ours.
        Assert.Equal("Acme Corp", bom.GetProperty("metadata").GetProperty("component").GetProperty("supplier").GetProperty("name").GetString());
        Assert.Equal("Acme Corp", components["pkg:npm/%40acme/logging@1.4.0"].GetProperty("supplier").GetProperty("name").GetString());
        Assert.False(components["pkg:npm/lodash@4.17.15"].TryGetProperty("supplier", out _));

        var spdx = JsonDocument.Parse(await SbomAsync("checkout-service", "--format", "spdx-json", "--supplier", "Acme Payments GmbH")).RootElement;
        var subject = spdx.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("SPDXID").GetString() == spdx.GetProperty("documentDescribes")[0].GetString());
        Assert.Equal("Organization: Acme Payments GmbH", subject.GetProperty("supplier").GetString());
    }

    [Fact]
    public async Task BlankSupplier_IsAUsageError()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "sbom", "checkout-service", "--supplier", " ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--supplier needs a name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclaredLicences_ComeFromTheSubjectsManifests_AndInternalLibrariesFromTheirProducers()
    {
        var billing = JsonDocument.Parse(await SbomAsync("billing-service")).RootElement;
        var edge = JsonDocument.Parse(await SbomAsync("edge-proxy-rs")).RootElement;
        var checkout = JsonDocument.Parse(await SbomAsync("checkout-service", "--format", "spdx-json")).RootElement;

        // billing-service's pom states none: it inherits acme-platform-parent's <licenses> (another repository).
        Assert.Equal("Acme Proprietary License", billing.GetProperty("metadata").GetProperty("component").GetProperty("licenses")[0].GetProperty("license").GetProperty("name").GetString());
        // billing's graph gives acme-http no licence; acme-http-java's manifest (through the same parent) does.
        var http = billing.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("bom-ref").GetString() == "pkg:maven/com.acme/acme-http@2.0.0");
        Assert.Equal("Acme Proprietary License", http.GetProperty("licenses")[0].GetProperty("license").GetProperty("name").GetString());
        Assert.False(billing.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "log4j-core").TryGetProperty("licenses", out _));
        Assert.Equal("Apache-2.0", edge.GetProperty("metadata").GetProperty("component").GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());
        var subject = checkout.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("SPDXID").GetString() == checkout.GetProperty("documentDescribes")[0].GetString());
        Assert.Equal("LicenseRef-UNLICENSED", subject.GetProperty("licenseDeclared").GetString());
        Assert.Empty((await Spdx.Value).Validate(checkout.GetRawText()));
    }

    [Fact]
    public async Task Service_ContainsItsRepository_AndTheRepositoriesOfItsInternalLibraries_InSpdx()
    {
        var spdx = JsonDocument.Parse(await SbomAsync("billing-app", "--format", "spdx-json")).RootElement;
        var names = spdx.GetProperty("packages").EnumerateArray().ToDictionary(p => p.GetProperty("SPDXID").GetString()!, p => p.GetProperty("name").GetString()!);
        var subject = spdx.GetProperty("documentDescribes")[0].GetString()!;

        var contained = spdx.GetProperty("relationships").EnumerateArray()
            .Where(r => r.GetProperty("spdxElementId").GetString() == subject && r.GetProperty("relationshipType").GetString() == "CONTAINS")
            .Select(r => names[r.GetProperty("relatedSpdxElement").GetString()!]).Order(StringComparer.Ordinal);

        Assert.Equal(["acme-commons-java", "acme-http-java", "billing-service"], contained);
        Assert.Empty((await Spdx.Value).Validate(spdx.GetRawText()));

        // Each part is its repository at the revision the index holds.
        var revisions = (await CliRun.RunAsync(_fleet.Temp.Database, "repos", "--format", "json")).Json.GetProperty("repositories").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("revision").GetString()!);
        var http = spdx.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "acme-http-java");
        Assert.Equal("revision " + revisions["acme-http-java"], http.GetProperty("sourceInfo").GetString());
    }
}
