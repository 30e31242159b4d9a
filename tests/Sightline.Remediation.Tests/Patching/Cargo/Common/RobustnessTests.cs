using Sightline.Remediation.Patching;
using Sightline.Remediation.Patching.Cargo;
using Sightline.Remediation.Patching.Composer;
using Sightline.Remediation.Patching.Go;
using Sightline.Remediation.Patching.PyPI;
using Sightline.Remediation.Patching.RubyGems;
using Sightline.Tests;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.Cargo.Common;

public sealed class RobustnessTests
{
    private static readonly IManifestPatcher[] Patchers = [new GoPatcher(), new PyPIPatcher(), new CargoPatcher(), new RubyGemsPatcher(), new ComposerPatcher()];

    public static TheoryData<string> RealManifests()
    {
        var data = new TheoryData<string>();
        foreach (var ecosystem in new[] { "go", "pypi", "cargo", "rubygems", "composer" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Lockfiles, ecosystem), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(TestPaths.Lockfiles, file).Replace('\\', '/');
                if (Patchers.Any(p => p.Handles(relative)))
                {
                    data.Add(relative);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealManifests))]
    public void TruncatedRealManifests_GiveAnOutcome_NeverAnException(string relative)
    {
        var patcher = Patchers.Single(p => p.Handles(relative));
        var text = Manifests.Real(relative);
        foreach (var length in new[] { text.Length, text.Length * 2 / 3, text.Length / 2, text.Length / 3, 1 })
        {
            var cut = text[..length];
            foreach (var kind in new[] { PatchKind.Bump, PatchKind.Pin })
            {
                var result = patcher.Patch(relative, cut, new PatchRequest("some-package", null, "1.2.3", kind));
                Assert.True(result.NewText is not null || result.Problem is not null || result.Changes.Count > 0 || kind == PatchKind.Bump);
            }

            Assert.NotNull(patcher.PatchProperty(relative, cut, "workspace.dependencies.some-package", "1.2.3"));
        }
    }

    [Fact]
    public void DeeplyNestedToml_IsAProblem_NotAStackOverflow()
    {
        var text = "[dependencies]\nregex = " + new string('[', 10_000) + "\n";

        var result = new CargoPatcher().Patch("Cargo.toml", text, new PatchRequest("regex", null, "1.0.0", PatchKind.Bump));

        Assert.Equal("Cargo.toml:2: not valid TOML: values nested too deeply", result.Problem);
    }
}
