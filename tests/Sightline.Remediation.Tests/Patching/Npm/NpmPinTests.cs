using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.Npm;

public sealed class NpmPinTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.Npm, "package.json")!;

    [Fact]
    public void Pin_WithoutOverrides_AddsTheObjectAtTheEndOfTheRoot()
    {
        var before = Real("npm", "snyk-labs__nodejs-goof@a6a04d7bffd2", "package.json");

        var result = Patcher.Patch("package.json", before, new PatchRequest("qs", "2.3.3", "6.5.3", PatchKind.Pin));

        DiffIs("""
            --- a/package.json
            +++ b/package.json
            @@ -53,5 +53,8 @@
                 "nodemon": "^2.0.7",
                 "snyk": "^1.244.0"
               },
            -  "license": "Apache-2.0"
            +  "license": "Apache-2.0",
            +  "overrides": {
            +    "qs": "6.5.3"
            +  }
             }

            """, "package.json", before, Patched(result));
        Assert.Equal(["package.json: overrides.qs = 6.5.3 (added)"], result.Changes);
    }

    [Fact]
    public void Pin_InAYarnProject_EditsTheMatchingResolution()
    {
        var before = Real("npm", "MetaMask__core", "package.json");

        var result = Patcher.Patch("package.json", before, new PatchRequest("ws", "7.4.6", "7.5.11", PatchKind.Pin));

        Assert.Equal(before.Replace("\"ws@7.4.6\": \"^7.5.10\"", "\"ws@7.4.6\": \"7.5.11\"", StringComparison.Ordinal), Patched(result));
        Assert.Equal(["package.json: resolutions.ws@7.4.6 ^7.5.10 → 7.5.11"], result.Changes);
    }

    [Fact]
    public void Pin_InAYarnProject_AppendsANewResolution()
    {
        var before = Real("npm", "MetaMask__core", "package.json");

        var after = Patched(Patcher.Patch("package.json", before, new PatchRequest("braces", "3.0.2", "3.0.3", PatchKind.Pin)));

        Assert.Equal(before.Replace("\"ws@7.4.6\": \"^7.5.10\"\n", "\"ws@7.4.6\": \"^7.5.10\",\n    \"braces\": \"3.0.3\"\n", StringComparison.Ordinal), after);
    }

    [Fact]
    public void Pin_OfADirectDependency_BumpsItAndOverridesByReference()
    {
        const string Before = "{\n    \"dependencies\": {\n        \"qs\": \"^6.5.0\"\n    },\n    \"overrides\": {}\n}\n";

        var after = Patched(Patcher.Patch("package.json", Before, new PatchRequest("qs", "6.5.0", "6.5.3", PatchKind.Pin)));

        Assert.Equal("{\n    \"dependencies\": {\n        \"qs\": \"^6.5.3\"\n    },\n    \"overrides\": {\n        \"qs\": \"$qs\"\n    }\n}\n", after);
    }

    [Fact]
    public void Pin_InPnpmOverrides_KeepsCrlfAndTheBom()
    {
        const string Before = "\uFEFF{\r\n  \"pnpm\": {\r\n    \"overrides\": {\r\n      \"a\": \"1.0.0\"\r\n    }\r\n  }\r\n}";

        var after = Patched(Patcher.Patch("package.json", Before, new PatchRequest("b", null, "2.0.0", PatchKind.Pin)));

        Assert.Equal("\uFEFF{\r\n  \"pnpm\": {\r\n    \"overrides\": {\r\n      \"a\": \"1.0.0\",\r\n      \"b\": \"2.0.0\"\r\n    }\r\n  }\r\n}", after);
    }

    [Fact]
    public void Pin_ScopedPackageIsNotMatchedByItsBareName()
    {
        const string Before = "{\"resolutions\": {\"@babel/core\": \"7.0.0\"}}";

        var after = Patched(Patcher.Patch("package.json", Before, new PatchRequest("core", null, "2.0.0", PatchKind.Pin)));

        Assert.Equal("{\"resolutions\": {\"@babel/core\": \"7.0.0\", \"core\": \"2.0.0\"}}", after);
    }

    [Theory]
    [InlineData("app/package.json", new[] { "package-lock.json" }, "npm install --package-lock-only --ignore-scripts")]
    [InlineData("packages/a/package.json", new[] { "yarn.lock", "packages/a/package.json" }, "yarn install --mode update-lockfile")]
    [InlineData("package.json", new[] { "pnpm-lock.yaml" }, "pnpm install --lockfile-only --ignore-scripts")]
    public void LockfileCommand_FollowsTheNearestLockfile(string path, string[] files, string expected) =>
        Assert.Equal(expected, string.Join(' ', Patcher.LockfileCommand(path, files)!));

    [Fact]
    public void LockfileCommand_WithoutALockfile_IsNull() =>
        Assert.Null(Patcher.LockfileCommand("package.json", ["package.json"]));
}
