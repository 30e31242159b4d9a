using Sightline.Core.Model;
using Sightline.Remediation.Patching;
using Sightline.Remediation.Patching.Cargo;
using Sightline.Remediation.Tests.Patching.Cargo.Common;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.Cargo;

public sealed class CargoPatcherTests
{
    private readonly CargoPatcher _patcher = new();

    [Fact]
    public void InlineTableVersion_IsEditedInPlace_OnRipgrep()
    {
        var before = Manifests.Real("cargo/BurntSushi__ripgrep/Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest("textwrap", "0.16.0", "0.16.2", PatchKind.Bump));

        Assert.Null(result.Problem);
        Assert.Equal(["[dependencies] textwrap 0.16.0 -> 0.16.2"], result.Changes);
        Assert.Equal(
            """
            --- a/Cargo.toml
            +++ b/Cargo.toml
            @@ -64,7 +64,7 @@
             log = "0.4.5"
             serde_json = "1.0.23"
             termcolor = "1.4.0"
            -textwrap = { version = "0.16.0", default-features = false }
            +textwrap = { version = "0.16.2", default-features = false }
             
             [target.'cfg(all(target_env = "musl", target_pointer_width = "64"))'.dependencies.tikv-jemallocator]
             version = "0.7.0"

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("Cargo.toml", before, result.NewText!));
        Assert.Equal(["0.16.2"], Manifests.Declared(Ecosystem.Cargo, "Cargo.toml", result.NewText!, "textwrap"));
    }

    [Fact]
    public void TargetSpecificDependencyTable_VersionKeyIsEdited()
    {
        var before = Manifests.Real("cargo/BurntSushi__ripgrep/Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest("tikv_jemallocator", null, "0.7.1", PatchKind.Bump));

        Assert.Equal(["[target.'cfg(all(target_env = \"musl\", target_pointer_width = \"64\"))'.dependencies.tikv-jemallocator] tikv-jemallocator 0.7.0 -> 0.7.1"
            .Replace(".tikv-jemallocator]", "]", StringComparison.Ordinal)], result.Changes);
        Assert.Equal(before.Replace("version = \"0.7.0\"", "version = \"0.7.1\"", StringComparison.Ordinal), result.NewText);
        Assert.Equal(["0.7.1"], Manifests.Declared(Ecosystem.Cargo, "Cargo.toml", result.NewText!, "tikv-jemallocator"));
    }

    [Fact]
    public void BareCaretVersion_IsReplaced_OnAlacritty()
    {
        var before = Manifests.Real("cargo/alacritty__alacritty/alacritty/Cargo.toml");
        var result = _patcher.Patch("alacritty/Cargo.toml", before, new PatchRequest("serde_json", "1.0.100", "1.0.140", PatchKind.Bump));

        Assert.Equal(
            """
            --- a/alacritty/Cargo.toml
            +++ b/alacritty/Cargo.toml
            @@ -35,7 +35,7 @@
             notify = "8.0.0"
             parking_lot = "0.12.0"
             polling = "3.11.0"
            -serde_json = "1"
            +serde_json = "1.0.140"
             serde = { version = "1", features = ["derive"] }
             serde_yaml = "0.9.25"
             signal-hook = { version = "0.4.3", default-features = false }

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("alacritty/Cargo.toml", before, result.NewText!));
        Assert.Equal(["1.0.140"], Manifests.Declared(Ecosystem.Cargo, "Cargo.toml", result.NewText!, "serde_json"));
    }

    [Fact]
    public void WorkspaceInheritedVersion_NamesTheRootEntry_AndThePropertyIsPatchedThere()
    {
        var member = Manifests.Real("cargo/alacritty__alacritty/alacritty/Cargo.toml");
        var result = _patcher.Patch("alacritty/Cargo.toml", member, new PatchRequest("toml", "0.9.11", "0.9.12", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Equal("workspace.dependencies.toml", result.Property);
        Assert.Contains("inherits its version from the workspace root ([workspace.dependencies] toml)", result.Problem, StringComparison.Ordinal);

        var root = Manifests.Real("cargo/alacritty__alacritty/Cargo.toml");
        var patched = _patcher.PatchProperty("Cargo.toml", root, result.Property!, "0.9.12");
        Assert.Equal(["[workspace.dependencies] toml 0.9.11 -> 0.9.12"], patched.Changes);
        Assert.Equal(root.Replace("toml = \"0.9.11\"", "toml = \"0.9.12\"", StringComparison.Ordinal), patched.NewText);
    }

    [Fact]
    public void PathGitAndMissingDependencies_AreRefused()
    {
        var member = Manifests.Fixture("cargo", "member.Cargo.toml");
        var alacritty = Manifests.Real("cargo/alacritty__alacritty/alacritty/Cargo.toml");

        Assert.Equal("m/Cargo.toml: local in [dependencies] is a path dependency with no version",
            _patcher.Patch("m/Cargo.toml", member, new PatchRequest("local", null, "1.0.0", PatchKind.Bump)).Problem);
        Assert.Equal("m/Cargo.toml: from-git in [dependencies] is a git dependency with no version",
            _patcher.Patch("m/Cargo.toml", member, new PatchRequest("from_git", null, "1.0.0", PatchKind.Bump)).Problem);
        Assert.Equal("a/Cargo.toml: alacritty_terminal in [dependencies] is a path dependency (a crate of this repository): its version follows that crate",
            _patcher.Patch("a/Cargo.toml", alacritty, new PatchRequest("alacritty_terminal", null, "0.27.0", PatchKind.Bump)).Problem);
        Assert.Equal("m/Cargo.toml: tokio is not declared in any dependency table",
            _patcher.Patch("m/Cargo.toml", member, new PatchRequest("tokio", null, "1.0.0", PatchKind.Bump)).Problem);
    }

    [Fact]
    public void PinOfAnUndeclaredCrate_IsALockfileUpdate()
    {
        var before = Manifests.Real("cargo/BurntSushi__ripgrep/Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest("regex-automata", "0.4.8", "0.4.9", PatchKind.Pin));

        Assert.Null(result.NewText);
        Assert.Null(result.Problem);
        Assert.Equal(["lockfile update: cargo update -p regex-automata@0.4.8 --precise 0.4.9"], result.Changes);
    }

    [Fact]
    public void CrlfAndBom_ArePreserved_AndCommentsKept()
    {
        var before = Manifests.Fixture("cargo", "crlf-bom.Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest("regex", "1.5.4", "1.5.5", PatchKind.Bump));

        Assert.Equal(before.Replace("regex = \"1.5.4\" # keep", "regex = \"1.5.5\" # keep", StringComparison.Ordinal), result.NewText);
        Assert.StartsWith("\uFEFF[package]\r\n", result.NewText, StringComparison.Ordinal);
        Assert.Equal(["1.5.5"], Manifests.Declared(Ecosystem.Cargo, "Cargo.toml", result.NewText!, "regex"));
    }

    [Theory]
    [InlineData("serde", "1.0.190", "serde = { version = \"1.0\",", "serde = { version = \"1.0.190\",")]
    [InlineData("smallvec", "1.10.4", "version = \"~1.10\" }", "version = \"~1.10.4\" }")]
    [InlineData("glob", "0.3.2", "glob = \"0.3.*\"", "glob = \"0.3.*, >=0.3.2\"")]
    public void RequirementOperators_AreKept(string crate, string target, string original, string expected)
    {
        var before = Manifests.Fixture("cargo", "crlf-bom.Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest(crate, null, target, PatchKind.Bump));

        Assert.Equal(before.Replace(original, expected, StringComparison.Ordinal), result.NewText);
    }

    [Fact]
    public void UpperBoundBelowTheTarget_IsRefused()
    {
        var before = Manifests.Fixture("cargo", "crlf-bom.Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest("url", null, "2.5.4", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Equal("Cargo.toml: capped in [dependencies] requires \">=2.0, <2.3\": its upper bound or exclusion (2.3) rules out 2.5.4; widening it is a manual change", result.Problem);
    }

    [Fact]
    public void AlreadySatisfiedRequirement_ChangesNothing()
    {
        var before = Manifests.Real("cargo/BurntSushi__ripgrep/Cargo.toml");
        var result = _patcher.Patch("Cargo.toml", before, new PatchRequest("anyhow", "1.0.75", "1.0.50", PatchKind.Bump));

        Assert.Equal(new PatchResult(null, []).NewText, result.NewText);
        Assert.Null(result.Problem);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void MalformedToml_IsAProblemWithItsLine()
    {
        var result = _patcher.Patch("Cargo.toml", "[dependencies]\nregex = \"1.5\n", new PatchRequest("regex", null, "1.5.5", PatchKind.Bump));

        Assert.Equal("Cargo.toml:2: not valid TOML: unterminated string", result.Problem);
        Assert.Null(result.NewText);
    }

    [Fact]
    public void LockfileCommand_UpdatesTheWorkspaceWhenALockfileIsAbove()
    {
        Assert.Equal(["cargo", "update", "--workspace"], _patcher.LockfileCommand("alacritty/Cargo.toml", ["Cargo.toml", "Cargo.lock", "alacritty/Cargo.toml"]));
        Assert.Null(_patcher.LockfileCommand("lib/Cargo.toml", ["lib/Cargo.toml"]));
        Assert.True(_patcher.Handles("crates/x/Cargo.toml"));
        Assert.False(_patcher.Handles("Cargo.lock"));
    }
}
