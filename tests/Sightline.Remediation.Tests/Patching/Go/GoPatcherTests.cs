using Sightline.Core.Model;
using Sightline.Remediation.Patching;
using Sightline.Remediation.Patching.Go;
using Sightline.Remediation.Tests.Patching.Cargo.Common;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.Go;

public sealed class GoPatcherTests
{
    private readonly GoPatcher _patcher = new();

    [Fact]
    public void RequireInABlock_IsBumped_WithTheVPrefixAdded()
    {
        var before = Manifests.Real("go/golang__vuln/go.mod");
        var result = _patcher.Patch("go.mod", before, new PatchRequest("golang.org/x/mod", "v0.38.0", "0.39.0", PatchKind.Bump));

        Assert.Equal(["require golang.org/x/mod v0.38.0 -> v0.39.0"], result.Changes);
        Assert.Equal(
            """
            --- a/go.mod
            +++ b/go.mod
            @@ -5,7 +5,7 @@
             require (
             	github.com/google/go-cmdtest v0.4.1-0.20220921163831-55ab3332a786
             	github.com/google/go-cmp v0.6.0
            -	golang.org/x/mod v0.38.0
            +	golang.org/x/mod v0.39.0
             	golang.org/x/sync v0.22.0
             	golang.org/x/telemetry v0.0.0-20260708182218-49f421fb7959
             	golang.org/x/tools v0.48.0

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("go.mod", before, result.NewText!));
        Assert.Equal(["v0.39.0"], Manifests.Declared(Ecosystem.Go, "go.mod", result.NewText!, "golang.org/x/mod"));
    }

    [Fact]
    public void IndirectRequire_KeepsItsComment()
    {
        var before = Manifests.Real("go/etcd-io__etcd/client/v3/go.mod");
        var result = _patcher.Patch("client/v3/go.mod", before, new PatchRequest("golang.org/x/net", "v0.57.0", "v0.58.1", PatchKind.Pin));

        Assert.Equal(
            before.Replace("\tgolang.org/x/net v0.57.0 // indirect\n", "\tgolang.org/x/net v0.58.1 // indirect\n", StringComparison.Ordinal),
            result.NewText);
        Assert.Equal(["v0.58.1"], Manifests.Declared(Ecosystem.Go, "go.mod", result.NewText!, "golang.org/x/net"));
    }

    [Fact]
    public void PinOfAModuleNotRequired_AddsAnIndirectRequireInSortedPlace()
    {
        var before = Manifests.Real("go/golang__vuln/go.mod");
        var result = _patcher.Patch("go.mod", before, new PatchRequest("golang.org/x/net", null, "v0.17.0", PatchKind.Pin));

        Assert.Equal(["require golang.org/x/net v0.17.0 // indirect (added)"], result.Changes);
        Assert.Equal(
            """
            --- a/go.mod
            +++ b/go.mod
            @@ -14,6 +14,7 @@
             
             require (
             	github.com/google/renameio v0.1.0 // indirect
            +	golang.org/x/net v0.17.0 // indirect
             	golang.org/x/sys v0.47.0 // indirect
             	golang.org/x/tools/go/expect v0.1.1-deprecated // indirect
             )

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("go.mod", before, result.NewText!));
        Assert.Equal(["v0.17.0"], Manifests.Declared(Ecosystem.Go, "go.mod", result.NewText!, "golang.org/x/net"));
    }

    [Fact]
    public void BumpOfAModuleNotRequired_IsAProblem()
    {
        var result = _patcher.Patch("go.mod", Manifests.Real("go/golang__vuln/go.mod"), new PatchRequest("golang.org/x/net", null, "v0.17.0", PatchKind.Bump));

        Assert.Equal("go.mod: golang.org/x/net is not required by this go.mod", result.Problem);
        Assert.Null(result.NewText);
    }

    [Theory]
    [InlineData("go/cli__cli/go.mod", "github.com/rogpeppe/go-internal", "go.mod: github.com/rogpeppe/go-internal is replaced by github.com/cli/go-internal v0.0.0-20241024130215-fa3c22e38b9b: the replace directive decides its version, not the require")]
    [InlineData("go/etcd-io__etcd/go.mod", "go.etcd.io/etcd/api/v3", "go.mod: go.etcd.io/etcd/api/v3 is replaced by ./api: the replace directive decides its version, not the require")]
    public void ReplacedModules_AreRefused(string manifest, string module, string problem)
    {
        var result = _patcher.Patch("go.mod", Manifests.Real(manifest), new PatchRequest(module, null, "v9.9.9", PatchKind.Bump));

        Assert.Equal(problem, result.Problem);
        Assert.Null(result.NewText);
    }

    [Fact]
    public void SingleLineRequire_CrlfBomAndComment_ArePreserved()
    {
        var before = Manifests.Fixture("go", "crlf-bom.go.mod");
        var bumped = _patcher.Patch("go.mod", before, new PatchRequest("example.com/a", null, "v1.0.1", PatchKind.Bump));
        var pinned = _patcher.Patch("go.mod", before, new PatchRequest("example.com/b", null, "v2.0.0", PatchKind.Pin));

        Assert.Equal("\uFEFFmodule example.com/app\r\n\r\ngo 1.22\r\n\r\nrequire example.com/a v1.0.1 // keep this comment\r\n", bumped.NewText);
        Assert.Equal(before + "require example.com/b v2.0.0 // indirect\r\n", pinned.NewText);
        Assert.Equal(["v2.0.0"], Manifests.Declared(Ecosystem.Go, "go.mod", pinned.NewText!, "example.com/b"));
    }

    [Fact]
    public void NewerOrEqualRequire_ChangesNothing()
    {
        var result = _patcher.Patch("go.mod", Manifests.Real("go/golang__vuln/go.mod"), new PatchRequest("golang.org/x/sync", null, "v0.20.0", PatchKind.Pin));

        Assert.Null(result.NewText);
        Assert.Null(result.Problem);
        Assert.Empty(result.Changes);
    }

    [Theory]
    [InlineData("module m\nrequire (\n\tx v1.0.0\n", "go.mod: not a valid go.mod: line 3: the require block is not closed")]
    [InlineData("module m\nrequire \"x v1.0.0\n", "go.mod: not a valid go.mod: line 2: unterminated string")]
    public void MalformedGoMod_IsAProblem(string text, string problem)
    {
        var result = _patcher.Patch("go.mod", text, new PatchRequest("x", null, "v1.0.1", PatchKind.Bump));

        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public void LockfileCommand_IsGoModTidy()
    {
        Assert.Equal(["go", "mod", "tidy"], _patcher.LockfileCommand("server/go.mod", ["server/go.mod", "server/go.sum"]));
        Assert.True(_patcher.Handles("server/go.mod"));
        Assert.False(_patcher.Handles("go.sum"));
        Assert.Equal("go.mod: go.mod has no properties ('x')", _patcher.PatchProperty("go.mod", "", "x", "1").Problem);
    }
}
