using Sightline.Core.Model;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

/// <summary>
/// Exact figures for real lockfiles, worked out with python3 tomllib independently of the extractor (the
/// commands are in testdata/cargo/README.md).
/// </summary>
public class CargoRealDataExactTests
{
    private static DependencyGraph Single(string project)
    {
        var result = CargoTestSupport.ExtractFolder(Path.Combine(CargoTestSupport.RealData, project));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    }

    [Fact]
    public void Ripgrep_RootPackageWithWorkspaceMembers()
    {
        var graph = Single("BurntSushi__ripgrep");

        Assert.Equal("Cargo.lock v4", graph.Kind);
        Assert.Equal("Cargo.toml", graph.ManifestPath);
        Assert.Equal("Cargo.lock", graph.LockfilePath);
        Assert.Equal(("ripgrep", "15.2.0"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(62, graph.Nodes.Count - 1);           // 63 [[package]] entries, ripgrep itself is the root
        Assert.Equal(152, graph.Edges.Count);              // 145 lockfile edges + 10 root→member edges - 3 already there
        Assert.Equal(39, graph.Nodes.Count(n => n.Direct));
        Assert.All(graph.Nodes.Skip(1), n => Assert.Equal(DependencyScope.Runtime, n.Scope));

        var memchr = graph.Node("memchr");
        Assert.Equal("2.8.3", memchr.Version);
        Assert.Equal("sha256:cf8baf1c55e62ffcace7a9f06f4bd9cd3f0c4beb022d3b367256b91b87513d98", memchr.Integrity);
        Assert.Equal("registry+https://github.com/rust-lang/crates.io-index", memchr.Resolved);

        var globset = graph.Node("globset");
        Assert.Equal(PackageSource.Local, globset.Source);
        Assert.Equal(
            ["aho-corasick", "arbitrary", "bstr", "glob", "log", "regex-automata", "regex-syntax", "serde", "serde_json"],
            graph.Children(globset).Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["tikv-jemallocator", "tikv-jemalloc-sys"], graph.ShortestPath(graph.Node("tikv-jemalloc-sys")));
        Assert.Equal(["grep-pcre2", "pcre2", "pcre2-sys"], graph.ShortestPath(graph.Node("pcre2-sys")));

        // The root's declarations give requirements; members without a Cargo.toml are noted.
        Assert.Equal("0.4.1", graph.Edge(graph.Root, graph.Node("grep")).Requirement);
        Assert.Equal("2", graph.Edge(graph.Root, graph.Node("walkdir")).Requirement);
        Assert.Equal(10, graph.Unresolved.Count);
        Assert.All(graph.Unresolved, u => Assert.Contains("Cargo.toml is not available", u.Reason, StringComparison.Ordinal));
        Assert.Equal(
            ["ripgrep@15.2.0", "globset@0.4.20", "grep@0.4.1", "grep-cli@0.1.12", "grep-index@0.0.1", "grep-matcher@0.1.9",
             "grep-pcre2@0.1.10", "grep-printer@0.3.1", "grep-regex@0.1.14", "grep-searcher@0.1.17", "ignore@0.4.33"],
            graph.Publishes.Select(p => $"{p.Name}@{p.Version}"));
    }

    [Fact]
    public void Alacritty_VirtualWorkspace_ScopesFromTheOneMemberManifest()
    {
        var graph = Single("alacritty__alacritty");

        Assert.Equal("Cargo.lock v4", graph.Kind);
        Assert.Equal("Cargo.toml", graph.Root.Name);
        Assert.Equal(292, graph.Nodes.Count - 1);
        Assert.Equal(713, graph.Edges.Count);              // 709 lockfile edges + 4 root→member edges
        Assert.Equal(45, graph.Nodes.Count(n => n.Direct));
        var scopes = graph.Nodes.Skip(1).GroupBy(n => n.Scope).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(278, scopes[DependencyScope.Runtime]);
        Assert.Equal(7, scopes[DependencyScope.Dev]);
        Assert.Equal(7, scopes[DependencyScope.Optional]);
        Assert.Equal(DependencyScope.Dev, graph.Node("clap_complete").Scope);
        Assert.Equal(DependencyScope.Dev, graph.Node("vswhom-sys").Scope);   // under embed-resource, a Windows build-dependency
        Assert.Equal(DependencyScope.Optional, graph.Node("png").Scope);
        Assert.Equal(DependencyScope.Optional, graph.Node("fdeflate").Scope);

        var alacritty = graph.Node("alacritty");
        Assert.Equal("0.18.0-dev", alacritty.Version);
        Assert.Equal("alacritty", alacritty.Location);
        Assert.Equal("0.9.11", graph.Edge(alacritty, graph.Node("toml")).Requirement);   // toml.workspace = true
        Assert.Equal(DependencyScope.Optional, graph.Edge(alacritty, graph.Node("png")).Scope);
        Assert.Equal("sha256:f3afc9a848309fe1aaffaed6e1546a7a14de1f935dc9d89d32afd9a44bab7c46", graph.Node("toml").Integrity);
        Assert.Equal(
            ["indexmap", "serde_core", "serde_spanned", "toml_datetime", "toml_parser", "toml_writer", "winnow"],
            graph.Children(graph.Node("toml")).Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["alacritty", "png", "fdeflate"], graph.ShortestPath(graph.Node("fdeflate")));

        var clipboard = graph.Node("x11-clipboard");
        Assert.Equal(PackageSource.Git, clipboard.Source);
        Assert.Equal("https://github.com/quininer/x11-clipboard.git?rev=19ab2163cf0bd0db607e827a5214571990307866#19ab2163cf0bd0db607e827a5214571990307866", clipboard.Resolved);
        Assert.Equal(["alacritty_config", "alacritty_config_derive", "alacritty_terminal"], graph.Unresolved.Select(u => u.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["alacritty@0.18.0-dev", "alacritty_config@0.2.4-dev", "alacritty_config_derive@0.2.6-dev", "alacritty_terminal@0.26.1-dev"],
            graph.Publishes.Select(p => $"{p.Name}@{p.Version}"));
    }

    [Fact]
    public void Tauri_LockfileV3_GitBranchWithSlash()
    {
        var graph = Single("tauri-apps__tauri");

        Assert.Equal("Cargo.lock v3", graph.Kind);
        Assert.Equal(1031, graph.Nodes.Count - 1);
        Assert.Equal(25, graph.Publishes.Count);
        var derive = graph.Node("schemars_derive");
        Assert.Equal("https://github.com/tauri-apps/schemars.git?branch=feat/preserve-description-newlines#c30f98480e6e4742aa72202d55d5264c6b2e6476", derive.Resolved);
        Assert.Contains(graph.Children(graph.Node("tauri-utils", "1.6.0")), n => n.Name == "toml" && n.Version == "0.7.8");

        // The workspace's own tauri-utils and two registry copies that other crates pull in.
        Assert.Equal(PackageSource.Local, graph.Node("tauri-utils", "2.0.2").Source);
        Assert.Contains(graph.Children(graph.Root), n => n.Name == "tauri-utils" && n.Version == "2.0.2");
        Assert.Equal(PackageSource.Registry, graph.Node("tauri-utils", "2.0.0-rc.13").Source);
    }
}
