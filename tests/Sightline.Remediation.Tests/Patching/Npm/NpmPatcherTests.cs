using Sightline.Ecosystems.Npm;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.Npm;

public sealed class NpmPatcherTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.Npm, "package.json")!;

    [Fact]
    public void ExactDependency_IsBumpedOnItsLineOnly()
    {
        var before = Real("npm", "snyk-labs__nodejs-goof@a6a04d7bffd2", "package.json");

        var result = Patcher.Patch("package.json", before, new PatchRequest("lodash", "4.17.4", "4.17.21", PatchKind.Bump));

        var after = Patched(result);
        DiffIs("""
            --- a/package.json
            +++ b/package.json
            @@ -31,7 +31,7 @@
                 "hbs": "^4.0.4",
                 "humanize-ms": "1.0.1",
                 "jquery": "^2.2.4",
            -    "lodash": "4.17.4",
            +    "lodash": "4.17.21",
                 "marked": "0.3.5",
                 "method-override": "latest",
                 "moment": "2.15.1",

            """, "package.json", before, after);
        Assert.Equal(["package.json: dependencies.lodash 4.17.4 → 4.17.21"], result.Changes);
        Assert.Equal(["4.17.21"], Declared(Extract(new NpmExtractor(), ("package.json", after)), "lodash"));
    }

    [Fact]
    public void CaretRange_KeepsItsOperator()
    {
        var before = Real("npm", "snyk-labs__nodejs-goof@a6a04d7bffd2", "package.json");

        var after = Patched(Patcher.Patch("package.json", before, new PatchRequest("express-session", "1.17.2", "1.18.1", PatchKind.Bump)));

        Assert.Equal(before.Replace("\"express-session\": \"^1.17.2\"", "\"express-session\": \"^1.18.1\"", StringComparison.Ordinal), after);
        Assert.Equal(["^1.18.1"], Declared(Extract(new NpmExtractor(), ("package.json", after)), "express-session"));
    }

    [Theory]
    [InlineData("morgan", "'latest' accepts any version")]
    [InlineData("left-pad", "left-pad is not a dependency declared here")]
    public void UnpatchableSpecs_AreRefusedWithAProblem(string package, string expected)
    {
        var before = Real("npm", "snyk-labs__nodejs-goof@a6a04d7bffd2", "package.json");

        var result = Patcher.Patch("package.json", before, new PatchRequest(package, null, "9.9.9", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("workspace:^1.0.0", "workspace: protocol")]
    [InlineData("file:../lib", "file: protocol")]
    [InlineData("git+https://github.com/a/b.git", "git+https: protocol")]
    [InlineData("github-user/repo", "git or path spec")]
    [InlineData(">=1 <2 || 3", "compound or bounded range")]
    [InlineData("*", "accepts any version")]
    [InlineData("1.x", "not a version or a simple range")]
    public void NonRegistrySpecs_AreRefused(string spec, string expected)
    {
        var text = "{\n  \"dependencies\": {\n    \"a\": \"" + spec + "\"\n  }\n}\n";

        var result = Patcher.Patch("package.json", text, new PatchRequest("a", null, "2.0.0", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("~1.2.3", "~1.4.0")]
    [InlineData(">=1.2.3", ">=1.4.0")]
    [InlineData("=1.2.3", "=1.4.0")]
    [InlineData("1.2", "1.4.0")]
    public void RangeOperators_ArePreserved(string spec, string expected)
    {
        var text = "{\n\t\"devDependencies\": {\n\t\t\"a\": \"" + spec + "\"\n\t}\n}\n";

        var after = Patched(Patcher.Patch("package.json", text, new PatchRequest("a", null, "1.4.0", PatchKind.Bump)));

        Assert.Equal(text.Replace(spec, expected, StringComparison.Ordinal), after);
    }

    [Fact]
    public void NewerDeclaredVersion_IsLeftAloneWithoutAProblem()
    {
        var before = Real("npm", "jenkinsci__jenkins", "package.json");

        var result = Patcher.Patch("package.json", before, new PatchRequest("lodash", "4.17.4", "4.17.21", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Null(result.Problem);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void MalformedJson_IsAProblem()
    {
        var result = Patcher.Patch("web/package.json", "{\n  \"dependencies\": {\n    \"a\": \"1.0.0\",\n  }\n}", new PatchRequest("a", null, "2.0.0", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Equal("web/package.json: not a JSON object (line 4: expected a member name)", result.Problem);
    }
}
