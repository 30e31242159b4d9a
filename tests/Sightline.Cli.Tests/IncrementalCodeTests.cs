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
}
