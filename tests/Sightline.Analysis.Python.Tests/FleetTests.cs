using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Python.Tests;

/// <summary>The sample fleet's ml-scoring service: a Flask handler loads its thresholds with yaml.load.</summary>
public sealed class FleetTests
{
    [Fact]
    public void The_ml_scoring_handler_calls_yaml_load_at_its_real_line()
    {
        var results = Analysis.Folder(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "ml-scoring"));
        var app = results.File("ml_scoring/app.py");

        var load = Assert.Single(app.Calls, c => c.Callee == "yaml.load");
        Assert.Equal((CallKind.External, 10, 14, "ml_scoring.app.score"), (load.Kind, load.Line, load.Column, load.Caller));
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("ml_scoring.app.score").Entry);
        Assert.Contains(app.Calls, c => c.Callee == "flask.Flask.post" && c.Line == 8);
        Assert.Contains(app.Imports, i => i is { Specifier: "yaml", Package: "yaml" });
    }
}
