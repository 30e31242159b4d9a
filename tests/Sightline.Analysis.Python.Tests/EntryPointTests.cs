using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Python.Tests;

public sealed class EntryPointTests
{
    private static readonly Lazy<IReadOnlyList<FileAnalysis>> Shop = new(() => Analysis.Folder(TestPaths.TestData("Sightline.Analysis.Python.Tests", "pyshop")));

    [Theory]
    [InlineData("pyshop.web.config_view", EntryPointKind.HttpHandler)]
    [InlineData("pyshop.web.orders_view", EntryPointKind.HttpHandler)]
    [InlineData("pyshop.web.create_item", EntryPointKind.HttpHandler)]
    [InlineData("pyshop.views.health", EntryPointKind.HttpHandler)]
    [InlineData("pyshop.views.report", EntryPointKind.HttpHandler)]
    [InlineData("pyshop.web.nightly", EntryPointKind.HostedService)]
    [InlineData("pyshop.web.cleanup", EntryPointKind.HostedService)]
    [InlineData("pyshop.cli.main", EntryPointKind.Main)]
    [InlineData("pyshop.cli.<module>", EntryPointKind.Main)]
    [InlineData("pyshop.__main__.<module>", EntryPointKind.Main)]
    [InlineData("pyshop.helpers.<module>", EntryPointKind.ModuleCode)]
    [InlineData("pyshop.views.helpers_report", EntryPointKind.None)]
    [InlineData("pyshop.service.checkout", EntryPointKind.None)]
    public void Entry_points_follow_the_frameworks_and_packaging_conventions(string id, EntryPointKind kind) =>
        Assert.Equal(kind, Shop.Value.Definition(id).Entry);

    [Theory]
    [InlineData("[tool.poetry.scripts]\nserve = \"svc.main:run\"\n", "pyproject.toml")]
    [InlineData("[options.entry_points]\nconsole_scripts =\n    serve = svc.main:run\n", "setup.cfg")]
    [InlineData("from setuptools import setup\nsetup(entry_points={'console_scripts': ['serve=svc.main:run']})\n", "setup.py")]
    public void Console_scripts_of_poetry_setup_cfg_and_setup_py_are_main_entry_points(string text, string file)
    {
        var results = Analysis.Files((file, text), ("svc/__init__.py", string.Empty), ("svc/main.py", "def run():\n    pass\n\ndef other():\n    pass\n"));

        Assert.Equal(EntryPointKind.Main, results.Definition("svc.main.run").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("svc.main.other").Entry);
    }

    [Theory]
    [InlineData("tests/unit/helpers.py")]
    [InlineData("test/run.py")]
    [InlineData("pkg/test_api.py")]
    [InlineData("pkg/api_test.py")]
    [InlineData("conftest.py")]
    public void Pytest_conventions_mark_test_files(string path)
    {
        var file = Analysis.Files((path, "import yaml\nyaml.load(x)\n")).File(path);

        Assert.True(file.IsTest);
        Assert.Equal(EntryPointKind.None, file.Definitions[0].Entry);
    }
}
