using Sightline.Ecosystems.NuGet;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.NuGet;

public sealed class PackagesConfigPatcherTests
{
    private const string Path = "src/managed/OpenLiveWriter.BlogClient/packages.config";
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.NuGet, Path)!;

    [Fact]
    public void ListedPackage_IsEditedInPlace_KeepingTheBom()
    {
        var before = Real("nuget", "OpenLiveWriter__OpenLiveWriter", "src", "managed", "OpenLiveWriter.BlogClient", "packages.config");

        var result = Patcher.Patch(Path, before, new PatchRequest("Newtonsoft.Json", "10.0.2", "13.0.1", PatchKind.Pin));

        var after = Patched(result);
        Assert.Equal("nuget-packages-config", Patcher.Id);
        Assert.Equal(before.Replace("\"Newtonsoft.Json\" version=\"10.0.2\"", "\"Newtonsoft.Json\" version=\"13.0.1\"", StringComparison.Ordinal), after);
        Assert.StartsWith("\uFEFF<?xml", after, StringComparison.Ordinal);
        Assert.Equal($"{Path}: package Newtonsoft.Json 10.0.2 → 13.0.1", result.Changes[0]);
        Assert.Equal(["13.0.1"], Versions(Extract(new NuGetExtractor(), (Path, after)), "Newtonsoft.Json"));
    }

    [Fact]
    public void UnlistedPackage_IsRefused()
    {
        var before = Real("nuget", "OpenLiveWriter__OpenLiveWriter", "src", "managed", "OpenLiveWriter.BlogClient", "packages.config");

        var result = Patcher.Patch(Path, before, new PatchRequest("System.Text.Json", null, "8.0.5", PatchKind.Pin));

        Assert.Equal($"{Path}: System.Text.Json is not listed with a version", result.Problem);
        Assert.Null(Patcher.LockfileCommand(Path, [Path]));
    }
}
