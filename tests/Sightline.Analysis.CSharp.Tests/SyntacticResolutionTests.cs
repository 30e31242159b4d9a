using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp.Tests;

/// <summary>Calls into packages that are not referenced, resolved from what the source says.</summary>
public sealed class SyntacticResolutionTests
{
    private static CodeCall Resolve(string body, string text, string usings = "using Newtonsoft.Json;")
    {
        var analysis = Analysis.Single($$"""
            {{usings}}
            namespace App;
            class C
            {
                {{body}}
            }
            """);
        return Analysis.Call(analysis, text);
    }

    [Theory]
    [InlineData("void M(string s) => JsonConvert.DeserializeObject<C>(s);", "JsonConvert.DeserializeObject<C>", "Newtonsoft.Json.JsonConvert.DeserializeObject")]
    [InlineData("void M(string s) => Newtonsoft.Json.JsonConvert.DeserializeObject(s);", "Newtonsoft.Json.JsonConvert.DeserializeObject", "Newtonsoft.Json.JsonConvert.DeserializeObject")]
    [InlineData("void M(string s) => global::Newtonsoft.Json.JsonConvert.DeserializeObject(s);", "global::Newtonsoft.Json.JsonConvert.DeserializeObject", "Newtonsoft.Json.JsonConvert.DeserializeObject")]
    [InlineData("JsonSerializer _s = null!; void M() => _s.Serialize(null, null);", "_s.Serialize", "Newtonsoft.Json.JsonSerializer.Serialize")]
    [InlineData("JsonSerializer S { get; } = null!; void M() => S.Serialize(null, null);", "S.Serialize", "Newtonsoft.Json.JsonSerializer.Serialize")]
    [InlineData("void M(JsonSerializer s) => s.Serialize(null, null);", "s.Serialize", "Newtonsoft.Json.JsonSerializer.Serialize")]
    [InlineData("void M() { JsonSerializer s = Make(); s.Serialize(null, null); } JsonSerializer Make() => null!;", "s.Serialize", "Newtonsoft.Json.JsonSerializer.Serialize")]
    [InlineData("void M() { var w = new JsonTextWriter(null); w.Flush(); }", "w.Flush", "Newtonsoft.Json.JsonTextWriter.Flush")]
    [InlineData("void M() => new JsonTextWriter(null).Flush();", "new JsonTextWriter(null).Flush", "Newtonsoft.Json.JsonTextWriter.Flush")]
    [InlineData("void M(object o) { if (o is JsonSerializer s) s.Serialize(null, null); }", "s.Serialize", "Newtonsoft.Json.JsonSerializer.Serialize")]
    [InlineData("void M() => new JsonTextWriter(null);", "new JsonTextWriter", "Newtonsoft.Json.JsonTextWriter..ctor")]
    [InlineData("JsonSerializer _s = new();", "new()", "Newtonsoft.Json.JsonSerializer..ctor")]
    public void UnboundCall_ResolvesToOneFullyQualifiedCallee(string body, string text, string callee)
    {
        var call = Resolve(body, text);
        Assert.Equal((CallKind.External, callee), (call.Kind, call.Callee));
        Assert.Empty(call.Candidates);
    }

    [Fact]
    public void UsingAlias_NamesItsTarget()
    {
        var call = Resolve("void M(string s) => J.DeserializeObject(s);", "J.DeserializeObject", "using J = Newtonsoft.Json.JsonConvert;");
        Assert.Equal("Newtonsoft.Json.JsonConvert.DeserializeObject", call.Callee);
    }

    [Fact]
    public void NamespaceAlias_PrefixesTheRestOfTheName()
    {
        var call = Resolve("void M(string s) => NJ.JsonConvert.DeserializeObject(s);", "NJ.JsonConvert.DeserializeObject", "using NJ = Newtonsoft.Json;");
        Assert.Equal("Newtonsoft.Json.JsonConvert.DeserializeObject", call.Callee);
    }

    [Fact]
    public void StaticUsing_ResolvesASimpleCall()
    {
        var call = Resolve("void M(string s) => DeserializeObject(s);", "DeserializeObject", "using static Newtonsoft.Json.JsonConvert;");
        Assert.Equal("Newtonsoft.Json.JsonConvert.DeserializeObject", call.Callee);
    }

    [Fact]
    public void GlobalUsingInAnotherFile_IsInScope()
    {
        var repository = new InMemoryRepository()
            .Add("src/Usings.cs", "global using Newtonsoft.Json;")
            .Add("src/C.cs", "namespace App; class C { void M(string s) => JsonConvert.DeserializeObject(s); }");
        var analysis = Assert.Single(Analysis.Run(repository, analyse: ["src/C.cs"]));
        Assert.Equal("Newtonsoft.Json.JsonConvert.DeserializeObject", Analysis.Call(analysis, "JsonConvert.DeserializeObject").Callee);
    }

    [Fact]
    public void TypeImportedByTwoUsings_GivesEachCandidate_AndNoCallee()
    {
        var call = Resolve("void M(string s) => JsonConvert.DeserializeObject(s);", "JsonConvert.DeserializeObject", "using Newtonsoft.Json;\nusing Other.Json;");
        Assert.Equal((CallKind.External, (string?)null), (call.Kind, call.Callee));
        Assert.Equal(["Newtonsoft.Json.JsonConvert.DeserializeObject", "Other.Json.JsonConvert.DeserializeObject"], call.Candidates);
    }

    [Fact]
    public void RuntimeAndRepositoryNamespaces_AreNotCandidates()
    {
        var repository = new InMemoryRepository()
            .Add("src/Own.cs", "namespace App.Own; class X { }")
            .Add("src/C.cs", "using System.Text; using App.Own; using Newtonsoft.Json;\nnamespace App; class C { void M(string s) => JsonConvert.DeserializeObject(s); }");
        var analysis = Assert.Single(Analysis.Run(repository, analyse: ["src/C.cs"]));
        Assert.Equal("Newtonsoft.Json.JsonConvert.DeserializeObject", Analysis.Call(analysis, "JsonConvert.DeserializeObject").Callee);
    }

    [Fact]
    public void MethodOfAnUnboundBaseClass_IsAMemberOfThatBase()
    {
        var analysis = Analysis.Single(
            "using Microsoft.AspNetCore.Mvc;\nnamespace App; public class HomeController : ControllerBase { public object Get() => Ok(1); }",
            new CSharpAnalyserOptions { PackageFolder = string.Empty, AspNetCoreFramework = false });
        Assert.Equal("Microsoft.AspNetCore.Mvc.ControllerBase.Ok", Analysis.Call(analysis, "Ok").Callee);
    }

    [Theory]
    [InlineData("void M(string s) => s.Sanitize();", "s.Sanitize")]
    [InlineData("void M(JsonSerializer s) => s.Converters.Clear();", "s.Converters.Clear")]
    [InlineData("void M(System.Func<System.Action> f) => f()();", "f()")]
    [InlineData("void M() { var s = JsonSerializer.Create(); s.Serialize(null, null); }", "s.Serialize")]
    public void CallWithNothingToNameItsType_IsUnresolved_WithItsText(string body, string text)
    {
        var call = Resolve(body, text);
        Assert.Equal((CallKind.Unresolved, (string?)null), (call.Kind, call.Callee));
    }

    [Fact]
    public void EveryCallSite_IsReported_EvenUnresolvable()
    {
        var analysis = Analysis.Single("namespace App; class C { void M(dynamic d) { d.Run(); Missing(); } }");
        Assert.Equal(["d.Run", "Missing"], analysis.Calls.Select(c => c.Text));
        Assert.All(analysis.Calls, c => Assert.Equal(CallKind.Unresolved, c.Kind));
    }
}
