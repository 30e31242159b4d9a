using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

public class UvLockTests
{
    private const string Lock = """
        version = 1
        revision = 3
        requires-python = ">=3.10"

        [manifest]
        members = ["app", "helpers"]

        [[package]]
        name = "app"
        version = "0.1.0"
        source = { virtual = "." }
        dependencies = [
            { name = "helpers" },
            { name = "psycopg-c" },
            { name = "winonly", marker = "sys_platform == 'win32'" },
        ]

        [package.optional-dependencies]
        speed = [{ name = "orjson" }]

        [package.dev-dependencies]
        dev = [{ name = "app", extra = ["speed"] }, { name = "tools", version = "2.0.0", source = { registry = "https://pypi.org/simple" } }]

        [package.metadata]
        requires-dist = [{ name = "helpers", editable = "libs/helpers" }, { name = "psycopg-c", specifier = "==3.3.0" }]

        [[package]]
        name = "helpers"
        version = "1.0.0"
        source = { editable = "libs/helpers" }
        dependencies = [{ name = "stub-lib" }]

        [package.dev-dependencies]
        test = [{ name = "tools", version = "1.0.0" }]

        [[package]]
        name = "orjson"
        version = "3.10.0"
        source = { registry = "https://pypi.org/simple" }
        sdist = { url = "https://files.example.com/orjson-3.10.0.tar.gz", hash = "sha256:aaaa", size = 1 }

        [[package]]
        name = "psycopg-c"
        version = "3.3.0"
        source = { url = "https://example.com/psycopg_c-3.3.0-cp312-linux_x86_64.whl" }
        wheels = [{ url = "https://example.com/psycopg_c-3.3.0-cp312-linux_x86_64.whl", hash = "sha256:bbbb" }]

        [[package]]
        name = "psycopg-c"
        version = "3.3.0"
        source = { url = "https://example.com/psycopg_c-3.3.0-cp312-linux_aarch64.whl" }

        [[package]]
        name = "stub-lib"
        version = "0"
        source = { git = "https://github.com/example/stubs.git#692c37c3969d22612b295ddf7e7af5907204a386" }

        [[package]]
        name = "tools"
        version = "1.0.0"
        source = { registry = "https://pypi.org/simple" }

        [[package]]
        name = "tools"
        version = "2.0.0"
        source = { registry = "https://pypi.org/simple" }
        """;

    [Fact]
    public void UvWorkspace_RootMembersSourcesAndVersionsNamedByDependencies()
    {
        var result = Extract(Repo(("uv.lock", Lock), ("libs/helpers/pyproject.toml", "[project]\nname = \"helpers\"\nversion = \"1.0.0\"\n")));
        var graph = Graph(result, "uv.lock");

        Assert.Empty(result.Errors);
        Assert.Equal(("app", "0.1.0"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal([new PublishedPackage("app", "0.1.0"), new PublishedPackage("helpers", "1.0.0")], graph.Publishes);

        // The member's own pyproject.toml is covered by the workspace lockfile: no second graph.
        Assert.Single(result.Graphs);

        var helpers = Node(graph, "helpers");
        Assert.Equal((PackageSource.Local, "libs/helpers", true), (helpers.Source, helpers.Resolved, helpers.Direct));
        var stub = Node(graph, "stub-lib");
        Assert.Equal(PackageSource.Git, stub.Source);
        Assert.Equal("helpers@1.0.0 > stub-lib@0", ShortestPath(graph, stub));

        // One name@version from two wheel URLs is one node, with the first source.
        var psycopg = Node(graph, "psycopg-c");
        Assert.Equal((PackageSource.Url, "sha256:bbbb"), (psycopg.Source, psycopg.Integrity));
        Assert.Contains(graph.Edges, e => e.From == 0 && e.To == psycopg.Id && e.Requirement == "==3.3.0");

        // "app[speed]" in the root's dev group is the project itself: its extra's packages, in the group's scope
        // (the extra itself already declared orjson optional, which is stronger).
        Assert.Equal(DependencyScope.Optional, Node(graph, "orjson").Scope);
        Assert.DoesNotContain(graph.Unresolved, u => u.Name == "app");

        // A dependency naming a version picks that locked version: tools 2.0.0 for the root's dev group, 1.0.0 for
        // the member's test group.
        Assert.Equal(DependencyScope.Dev, Node(graph, "tools", "2.0.0").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "tools", "1.0.0").Scope);

        var winonly = Assert.Single(graph.Unresolved, u => u.Name == "winonly");
        Assert.Contains("sys_platform == 'win32'", winonly.Reason, StringComparison.Ordinal);
    }
}
