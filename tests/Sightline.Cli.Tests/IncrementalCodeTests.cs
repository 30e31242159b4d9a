using Xunit;

namespace Sightline.Cli.Tests;

public class IncrementalCodeTests
{
    [Fact]
    public async Task Reindex_AfterOneSourceFileChanged_AnalysesOnlyThatFile()
    {
        using var temp = new TempFolder();
        temp.Write("svc/src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>"
            + "<ItemGroup><PackageReference Include=\"Newtonsoft.Json\" Version=\"12.0.1\" /></ItemGroup></Project>");
        temp.Write("svc/src/App/Program.cs", "using Newtonsoft.Json;\nSystem.Console.WriteLine(Parsing.Read(\"{}\"));\n");
        temp.Write("svc/src/App/Parsing.cs", "using Newtonsoft.Json;\ninternal static class Parsing\n{\n    public static object? Read(string s) => JsonConvert.DeserializeObject(s);\n}\n");
        temp.Write("svc/src/App/Other.cs", "internal static class Other\n{\n    public static int Two() => 2;\n}\n");
        var folder = Path.Combine(temp.Path, "svc");

        var first = await CliRun.RunAsync(temp.Database, "index", folder, "--as-repo", "svc", "--format", "json");
        temp.Write("svc/src/App/Other.cs", "internal static class Other\n{\n    public static int Three() => 3;\n}\n");
        var second = await CliRun.RunAsync(temp.Database, "index", folder, "--as-repo", "svc", "--format", "json");
        var calls = await CliRun.RunAsync(temp.Database, "usage", "Newtonsoft.Json", "--format", "json");

        var before = first.Json.GetProperty("repositories")[0];
        var after = second.Json.GetProperty("repositories")[0];
        Assert.Equal((3, 0), (before.GetProperty("sourceFilesAnalysed").GetInt32(), before.GetProperty("sourceFilesReused").GetInt32()));
        Assert.Equal((1, 2), (after.GetProperty("sourceFilesAnalysed").GetInt32(), after.GetProperty("sourceFilesReused").GetInt32()));
        Assert.Contains(calls.Json.GetProperty("functions").EnumerateArray(), f => f.GetProperty("symbol").GetString() == "Newtonsoft.Json.JsonConvert.DeserializeObject");
    }

    [Fact]
    public async Task Reindex_RenamedFunction_ReanalysesItsCallers_SoTheTraceStaysWhole()
    {
        using var temp = new TempFolder();
        temp.Write("svc/package.json", "{\"name\": \"svc\", \"version\": \"1.0.0\", \"main\": \"index.js\", \"dependencies\": {\"lodash\": \"4.17.20\"}}");
        temp.Write("svc/index.js", "const { render } = require('./render');\nrender('x');\n");
        temp.Write("svc/render.js", "const _ = require('lodash');\nfunction render(t) { return _.template(t)(); }\nmodule.exports = { render };\n");
        var folder = Path.Combine(temp.Path, "svc");
        await CliRun.RunAsync(temp.Database, "index", folder, "--as-repo", "svc");

        temp.Write("svc/render.js", "const _ = require('lodash');\nfunction draw(t) { return _.template(t)(); }\nmodule.exports = { render: draw };\n");
        var second = await CliRun.RunAsync(temp.Database, "index", folder, "--as-repo", "svc", "--format", "json");
        var pattern = temp.Write("pattern.json", """
            {"id": "TEST-1", "modified": "2025-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "lodash"},
             "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.21"}]}],
             "ecosystem_specific": {"imports": [{"path": "lodash", "symbols": ["template"]}]}}]}
            """);
        var exposure = await CliRun.RunAsync(temp.Database, "exposure", "--pattern", pattern, "--format", "json");

        Assert.Equal(2, second.Json.GetProperty("repositories")[0].GetProperty("sourceFilesAnalysed").GetInt32());
        var verdict = exposure.Json.GetProperty("findings")[0].GetProperty("reachability");
        Assert.Equal("reachable", verdict.GetProperty("verdict").GetString(), ignoreCase: true);
        // index.js's call now resolves to draw: a stale "render.js#render" callee would leave only render.js's own module code as the entry.
        var first = verdict.GetProperty("trace")[0];
        Assert.Equal(("index.js#<module>", "render.js#draw"), (first.GetProperty("caller").GetString(), first.GetProperty("callee").GetString()));
    }
}
