using Sightline.Core.Model;
using Sightline.Remediation.Patching;
using Sightline.Remediation.Patching.Composer;
using Sightline.Remediation.Tests.Patching.Cargo.Common;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.Composer;

public sealed class ComposerPatcherTests
{
    private readonly ComposerPatcher _patcher = new();

    [Fact]
    public void CaretConstraint_IsRaised_OnLaravel()
    {
        var before = Manifests.Real("composer/laravel__laravel/composer.json");
        var result = _patcher.Patch("composer.json", before, new PatchRequest("laravel/framework", "12.0.1", "12.1.3", PatchKind.Bump));

        Assert.Equal(["require laravel/framework ^12.0 -> ^12.1.3"], result.Changes);
        Assert.Equal(
            """
            --- a/composer.json
            +++ b/composer.json
            @@ -7,7 +7,7 @@
                 "license": "MIT",
                 "require": {
                     "php": "^8.2",
            -        "laravel/framework": "^12.0",
            +        "laravel/framework": "^12.1.3",
                     "laravel/tinker": "^2.10.1"
                 },
                 "require-dev": {

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("composer.json", before, result.NewText!));
        Assert.Equal(["^12.1.3"], Manifests.Declared(Ecosystem.Packagist, "composer.json", result.NewText!, "laravel/framework"));
    }

    [Fact]
    public void RequireDevConstraint_IsRaised_OnBookStack()
    {
        var before = Manifests.Real("composer/BookStackApp__BookStack/composer.json");
        var result = _patcher.Patch("composer.json", before, new PatchRequest("Guzzlehttp/Guzzle", "7.4.0", "7.4.5", PatchKind.Bump));

        Assert.Equal(["require guzzlehttp/guzzle ^7.4 -> ^7.4.5"], result.Changes);
        Assert.Equal(before.Replace("\"guzzlehttp/guzzle\": \"^7.4\"", "\"guzzlehttp/guzzle\": \"^7.4.5\"", StringComparison.Ordinal), result.NewText);
        Assert.Equal(["^7.4.5"], Manifests.Declared(Ecosystem.Packagist, "composer.json", result.NewText!, "guzzlehttp/guzzle"));
    }

    [Fact]
    public void PinOfAnUnlistedPackage_IsAddedAsTheLastRootRequirement()
    {
        var before = Manifests.Real("composer/laravel__laravel/composer.json");
        var result = _patcher.Patch("composer.json", before, new PatchRequest("symfony/http-foundation", "7.1.6", "7.1.7", PatchKind.Pin));

        Assert.Equal(["require symfony/http-foundation ^7.1.7 (added)"], result.Changes);
        Assert.Equal(
            """
            --- a/composer.json
            +++ b/composer.json
            @@ -8,7 +8,8 @@
                 "require": {
                     "php": "^8.2",
                     "laravel/framework": "^12.0",
            -        "laravel/tinker": "^2.10.1"
            +        "laravel/tinker": "^2.10.1",
            +        "symfony/http-foundation": "^7.1.7"
                 },
                 "require-dev": {
                     "fakerphp/faker": "^1.23",

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("composer.json", before, result.NewText!));
        Assert.Equal(["^7.1.7"], Manifests.Declared(Ecosystem.Packagist, "composer.json", result.NewText!, "symfony/http-foundation"));
    }

    [Theory]
    [InlineData("symfony/http-foundation", "7.4.2", "\"~7.4\"", "\"~7.4 >=7.4.2\"")]
    [InlineData("monolog/monolog", "3.4.1", "\"3.4.*\"", "\"3.4.* >=3.4.1\"")]
    public void TildeAndWildcard_KeepTheirUpperBound_AndGainALowerBound(string package, string target, string original, string expected)
    {
        var before = Manifests.Fixture("composer", "crlf-bom.composer.json");
        var result = _patcher.Patch("composer.json", before, new PatchRequest(package, null, target, PatchKind.Bump));

        Assert.Equal(before.Replace(original, expected, StringComparison.Ordinal), result.NewText);
        Assert.StartsWith("\uFEFF{\r\n", result.NewText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("guzzlehttp/psr7", "composer.json: require guzzlehttp/psr7 \"^1.9|^2.4\": alternatives ('||') are not edited: choose the branch by hand")]
    [InlineData("league/uri", "composer.json: require league/uri \">=6.0 <7.0\": its upper bound or exclusion (7.0) rules out 7.1.0; widening it is a manual change")]
    [InlineData("acme/internal", "composer.json: require acme/internal \"dev-main\": a branch constraint names no release to raise")]
    [InlineData("acme/missing", "composer.json: acme/missing is not in require or require-dev")]
    public void UnsupportedConstraints_AreRefused(string package, string problem)
    {
        var result = _patcher.Patch("composer.json", Manifests.Fixture("composer", "crlf-bom.composer.json"), new PatchRequest(package, null, "7.1.0", PatchKind.Bump));

        Assert.Equal(problem, result.Problem);
        Assert.Null(result.NewText);
    }

    [Fact]
    public void PinIntoAnEmptyRequire_IndentsOneLevelDeeper()
    {
        var before = Manifests.Fixture("composer", "empty-require.composer.json");
        var result = _patcher.Patch("composer.json", before, new PatchRequest("psr/log", null, "3.0.2", PatchKind.Pin));

        Assert.Equal("{\n    \"name\": \"acme/lib\",\n    \"require\": {\n        \"psr/log\": \"^3.0.2\"\n    }\n}\n", result.NewText);
    }

    [Fact]
    public void MalformedJson_IsAProblemWithItsLine()
    {
        var result = _patcher.Patch("composer.json", "{\n  \"require\": {\n    \"a/b\": ^1.0\n  }\n}\n", new PatchRequest("a/b", null, "1.0.1", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.StartsWith("composer.json:3: not valid JSON:", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LockfileCommand_NeedsALockfileBeside()
    {
        Assert.Equal(["composer", "update", "--minimal-changes", "--no-install", "--no-scripts"], _patcher.LockfileCommand("app/composer.json", ["app/composer.json", "app/composer.lock"]));
        Assert.Null(_patcher.LockfileCommand("composer.json", ["composer.json", "app/composer.lock"]));
        Assert.True(_patcher.Handles("app/composer.json"));
        Assert.False(_patcher.Handles("composer.lock"));
    }
}
