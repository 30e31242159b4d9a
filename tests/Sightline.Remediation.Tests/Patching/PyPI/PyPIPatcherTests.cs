using Sightline.Core.Model;
using Sightline.Remediation.Patching;
using Sightline.Remediation.Patching.PyPI;
using Sightline.Remediation.Tests.Patching.Cargo.Common;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.PyPI;

public sealed class PyPIPatcherTests
{
    private readonly PyPIPatcher _patcher = new();

    [Fact]
    public void PinnedRequirement_IsBumped_OnNetbox()
    {
        var before = Manifests.Real("pypi/netbox-community__netbox/requirements.txt");
        var result = _patcher.Patch("requirements.txt", before, new PatchRequest("django", "6.0.8", "6.0.9", PatchKind.Bump));

        Assert.Equal(["requirements Django Django==6.0.8 -> Django==6.0.9"], result.Changes);
        Assert.Equal(
            """
            --- a/requirements.txt
            +++ b/requirements.txt
            @@ -1,5 +1,5 @@
             colorama==0.4.6
            -Django==6.0.8
            +Django==6.0.9
             django-cors-headers==4.9.0
             django-debug-toolbar==7.1.0
             django-filter==26.1

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("requirements.txt", before, result.NewText!));
        Assert.Contains("6.0.9", Manifests.Declared(Ecosystem.PyPI, "requirements.txt", result.NewText!, "django")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ExtrasAreKept_AndAPinIsAppended_WhereTheLastLineHasNoNewline()
    {
        var netbox = Manifests.Real("pypi/netbox-community__netbox/requirements.txt");
        var kafka = Manifests.Real("pypi/apache__kafka/docker/requirements.txt");

        var extras = _patcher.Patch("requirements.txt", netbox, new PatchRequest("psycopg", null, "3.3.5", PatchKind.Bump));
        var pinned = _patcher.Patch("docker/requirements.txt", kafka, new PatchRequest("urllib3", "2.2.1", "2.5.0", PatchKind.Pin));
        var unversioned = _patcher.Patch("docker/requirements.txt", kafka, new PatchRequest("requests", null, "2.32.4", PatchKind.Bump));

        Assert.Equal(netbox.Replace("psycopg[c,pool]==3.3.4\n", "psycopg[c,pool]==3.3.5\n", StringComparison.Ordinal), extras.NewText);
        Assert.Equal(kafka + "\nurllib3==2.5.0\n", pinned.NewText);
        Assert.Equal(["requirements urllib3==2.5.0 (added)"], pinned.Changes);
        Assert.Equal(kafka.Replace("requests\n", "requests>=2.32.4\n", StringComparison.Ordinal), unversioned.NewText);
        Assert.Contains("2.5.0", Manifests.Declared(Ecosystem.PyPI, "requirements.txt", pinned.NewText!, "urllib3")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Pep621Dependency_IsRaised_OnFlask()
    {
        var before = Manifests.Real("pypi/pallets__flask/pyproject.toml");
        var result = _patcher.Patch("pyproject.toml", before, new PatchRequest("Werkzeug", "3.1.0", "3.1.4", PatchKind.Bump));

        Assert.Equal(["[project] dependencies werkzeug werkzeug>=3.1.0 -> werkzeug>=3.1.4"], result.Changes);
        Assert.Equal(
            """
            --- a/pyproject.toml
            +++ b/pyproject.toml
            @@ -26,7 +26,7 @@
                 "itsdangerous>=2.2.0",
                 "jinja2>=3.1.2",
                 "markupsafe>=2.1.1",
            -    "werkzeug>=3.1.0",
            +    "werkzeug>=3.1.4",
             ]
             
             [project.optional-dependencies]

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("pyproject.toml", before, result.NewText!));
        Assert.Equal([">=3.1.4"], Manifests.Declared(Ecosystem.PyPI, "pyproject.toml", result.NewText!, "werkzeug"));
    }

    [Fact]
    public void PinInAUvProject_AddsAConstraintDependency()
    {
        var before = Manifests.Real("pypi/pallets__flask/pyproject.toml");
        var result = _patcher.Patch("pyproject.toml", before, new PatchRequest("urllib3", "2.2.1", "2.5.0", PatchKind.Pin));

        Assert.Equal(["[tool.uv] constraint-dependencies urllib3>=2.5.0 (added)"], result.Changes);
        Assert.Equal(
            before.Replace("[tool.uv]\ndefault-groups = [\"dev\", \"pre-commit\", \"tests\", \"typing\"]\n",
                "[tool.uv]\ndefault-groups = [\"dev\", \"pre-commit\", \"tests\", \"typing\"]\nconstraint-dependencies = [\"urllib3>=2.5.0\"]\n", StringComparison.Ordinal),
            result.NewText);
        var again = _patcher.Patch("pyproject.toml", result.NewText!, new PatchRequest("idna", null, "3.10", PatchKind.Pin));
        Assert.Contains("constraint-dependencies = [\"urllib3>=2.5.0\", \"idna>=3.10\"]\n", again.NewText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("typing_extensions", "4.12.2", "typing-extensions = \"^4.4.0\"", "typing-extensions = \"^4.12.2\"")]
    [InlineData("markdown-it-py", "2.2.0", "version = \">=2.1.0\" }", "version = \">=2.2.0\" }")]
    [InlineData("black", "24.8.0", "black = \"24.4.2\"", "black = \"24.8.0\"")]
    public void PoetryConstraints_KeepTheirOperator_OnTextual(string package, string target, string original, string expected)
    {
        var before = Manifests.Real("pypi/Textualize__textual/pyproject.toml");
        var result = _patcher.Patch("pyproject.toml", before, new PatchRequest(package, null, target, PatchKind.Bump));

        Assert.Equal(before.Replace(original, expected, StringComparison.Ordinal), result.NewText);
        Assert.Single(result.Changes);
        Assert.Contains(Manifests.Declared(Ecosystem.PyPI, "pyproject.toml", result.NewText!, package), d => d.Contains(target, StringComparison.Ordinal));
    }

    [Fact]
    public void PinInAPoetryProject_AddsADependency()
    {
        var before = Manifests.Real("pypi/Textualize__textual/pyproject.toml");
        var result = _patcher.Patch("pyproject.toml", before, new PatchRequest("idna", null, "3.10", PatchKind.Pin));

        Assert.Equal(before.Replace("pygments = \"^2.19.2\"\n", "pygments = \"^2.19.2\"\nidna = \">=3.10\"\n", StringComparison.Ordinal), result.NewText);
        Assert.Equal(["[tool.poetry.dependencies] idna >=3.10 (added)"], result.Changes);
        var satisfied = _patcher.Patch("pyproject.toml", before, new PatchRequest("pygments", null, "2.19.1", PatchKind.Pin));
        Assert.Null(satisfied.NewText);
        Assert.Null(satisfied.Problem);
    }

    [Fact]
    public void ParenthesizedSpecifier_IsRaised_AndUrlDependencyRefused_OnPoetry()
    {
        var before = Manifests.Real("pypi/python-poetry__poetry/pyproject.toml");
        var dulwich = _patcher.Patch("pyproject.toml", before, new PatchRequest("dulwich", null, "0.25.1", PatchKind.Bump));
        var core = _patcher.Patch("pyproject.toml", before, new PatchRequest("poetry-core", null, "2.2.0", PatchKind.Bump));

        Assert.Equal(before.Replace("\"dulwich (>=0.25.0,<2)\"", "\"dulwich (>=0.25.1,<2)\"", StringComparison.Ordinal), dulwich.NewText);
        Assert.Equal("pyproject.toml: [project] dependencies poetry-core is installed from a URL (name @ url)", core.Problem);
    }

    [Fact]
    public void PipfileSpecifiers_AreRaised_AndPinsAdded()
    {
        var examples = Manifests.Real("pypi/pypa__pipenv/examples/Pipfile");
        var ghsa = Manifests.Real("pypi/ossf__osv-schema/tools/ghsa/Pipfile");

        var raised = _patcher.Patch("Pipfile", examples, new PatchRequest("requests", null, "2.32.4", PatchKind.Bump));
        var any = _patcher.Patch("Pipfile", ghsa, new PatchRequest("requests", null, "2.32.4", PatchKind.Bump));
        var pinned = _patcher.Patch("Pipfile", ghsa, new PatchRequest("urllib3", null, "2.5.0", PatchKind.Pin));

        Assert.Equal(examples.Replace("requests = \">=2.32.0\"", "requests = \">=2.32.4\"", StringComparison.Ordinal), raised.NewText);
        Assert.Equal([">=2.32.4"], Manifests.Declared(Ecosystem.PyPI, "Pipfile", raised.NewText!, "requests"));
        Assert.Equal(ghsa.Replace("requests = \"*\"", "requests = \">=2.32.4\"", StringComparison.Ordinal), any.NewText);
        Assert.Equal(ghsa.Replace("osv = \"*\"\n", "osv = \"*\"\nurllib3 = \">=2.5.0\"\n", StringComparison.Ordinal), pinned.NewText);
        Assert.Equal([">=2.5.0"], Manifests.Declared(Ecosystem.PyPI, "Pipfile", pinned.NewText!, "urllib3"));
    }

    [Theory]
    [InlineData("flask", "2.2.5", "Flask[async]==2.2.3  # web", "Flask[async]==2.2.5  # web")]
    [InlineData("pywin32", "306", "pywin32==305 ; sys_platform", "pywin32==306 ; sys_platform")]
    [InlineData("urllib3", "2.2.6", "urllib3~=2.2\r\n", "urllib3~=2.2,>=2.2.6\r\n")]
    [InlineData("idna", "3.7", "idna==3.*\r\n", "idna==3.*,>=3.7\r\n")]
    public void OperatorsMarkersCommentsCrlfAndBom_ArePreserved(string package, string target, string original, string expected)
    {
        var before = Manifests.Fixture("pypi", "requirements-crlf-bom.txt");
        var result = _patcher.Patch("requirements.txt", before, new PatchRequest(package, null, target, PatchKind.Bump));

        Assert.Equal(before.Replace(original, expected, StringComparison.Ordinal), result.NewText);
        Assert.StartsWith("\uFEFF# service", result.NewText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requirements-crlf-bom.txt", "requests", "requirements.txt: requirements requests its upper bound or exclusion (2.30) rules out 2.32.4; widening it is a manual change")]
    [InlineData("requirements-hashed.txt", "idna", "requirements.txt: requirements idna is hash-pinned (--hash): new hashes are needed, so it is left to pip-compile or a manual update")]
    [InlineData("requirements-hashed.txt", "urllib3", "requirements.txt: uses --hash, so a new urllib3 line needs hashes too: regenerate it with pip-compile")]
    public void UpperBoundsAndHashes_AreRefused(string fixture, string package, string problem)
    {
        var result = _patcher.Patch("requirements.txt", Manifests.Fixture("pypi", fixture), new PatchRequest(package, null, "2.32.4", PatchKind.Pin));

        Assert.Equal(problem, result.Problem);
        Assert.Null(result.NewText);
    }

    [Fact]
    public void MalformedPyproject_IsAProblem_AndUnknownPinPlacesAreRefused()
    {
        var broken = _patcher.Patch("pyproject.toml", "[project]\ndependencies = [\"a>=1\"\n", new PatchRequest("a", null, "1.1", PatchKind.Bump));
        var nowhere = _patcher.Patch("pyproject.toml", "[project]\ndependencies = []\n", new PatchRequest("a", null, "1.1", PatchKind.Pin));

        Assert.Equal("pyproject.toml:3: not valid TOML: expected ',' or ']' in an array", broken.Problem);
        Assert.Equal("pyproject.toml: a is not declared, and without [tool.uv] or [tool.poetry.dependencies] there is no place to pin it: use a constraints file", nowhere.Problem);
    }

    [Fact]
    public void LockfileCommands_FollowTheLockfileBeside()
    {
        Assert.Equal(["poetry", "lock"], _patcher.LockfileCommand("pyproject.toml", ["pyproject.toml", "poetry.lock"]));
        Assert.Equal(["uv", "lock"], _patcher.LockfileCommand("app/pyproject.toml", ["app/pyproject.toml", "app/uv.lock"]));
        Assert.Equal(["pipenv", "lock"], _patcher.LockfileCommand("Pipfile", ["Pipfile", "Pipfile.lock"]));
        Assert.Null(_patcher.LockfileCommand("requirements.txt", ["requirements.txt"]));
        Assert.True(_patcher.Handles("requirements/dev.txt"));
        Assert.True(_patcher.Handles("dev-requirements.txt"));
        Assert.True(_patcher.Handles("constraints.txt"));
        Assert.False(_patcher.Handles("notes.txt"));
        Assert.False(_patcher.Handles("poetry.lock"));
    }
}
