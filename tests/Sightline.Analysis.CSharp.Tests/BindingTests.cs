using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp.Tests;

/// <summary>Calls the semantic model binds: to this repository's code, to the runtime, to package assemblies.</summary>
public sealed class BindingTests(AcmePackageFixture acme) : IClassFixture<AcmePackageFixture>
{
    private const string AcmeProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup><PackageReference Include="Acme.Crypto" Version="[1.2.0]" /></ItemGroup>
        </Project>
        """;

    [Fact]
    public void PackageInTheLocalFolder_BindsThroughItsAssembly()
    {
        var analysis = Analysis.Single(
            "using Acme.Crypto;\nnamespace App; class C { string M() { var d = Hasher.Create(); return d.Digest(\"x\".Sanitize()); } }",
            new CSharpAnalyserOptions { PackageFolder = acme.Folder },
            project: AcmeProject);
        Assert.Equal("Acme.Crypto.Digester.Digest", Analysis.Call(analysis, "d.Digest").Callee);
        Assert.Equal("Acme.Crypto.StringExtensions.Sanitize", Analysis.Call(analysis, "\"x\".Sanitize").Callee);
    }

    [Fact]
    public void CentralPackageVersion_FindsThePackage()
    {
        var repository = new InMemoryRepository()
            .Add("Directory.Packages.props", "<Project><ItemGroup><PackageVersion Include=\"Acme.Crypto\" Version=\"1.2.0\" /></ItemGroup></Project>")
            .Add("src/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Acme.Crypto\" /></ItemGroup></Project>")
            .Add("src/C.cs", "namespace App; class C { object M() => Acme.Crypto.Hasher.Create(); }");
        var analysis = Assert.Single(Analysis.Run(repository, new CSharpAnalyserOptions { PackageFolder = acme.Folder }));
        var call = Assert.Single(analysis.Calls);
        Assert.Equal((CallKind.External, "Acme.Crypto.Hasher.Create"), (call.Kind, call.Callee));
    }

    [Fact]
    public void MissingPackage_FallsBackToSyntax()
    {
        var analysis = Analysis.Single(
            "using Acme.Crypto;\nnamespace App; class C { string M() { var d = Hasher.Create(); return d.Digest(\"x\"); } }",
            Analysis.NoPackages,
            project: AcmeProject);
        Assert.Equal("Acme.Crypto.Hasher.Create", Analysis.Call(analysis, "Hasher.Create").Callee);
        Assert.Equal(CallKind.Unresolved, Analysis.Call(analysis, "d.Digest").Kind);
    }

    [Theory]
    [InlineData("net10.0", "net8.0")]
    [InlineData("net8.0", "netstandard2.1")]
    [InlineData("netstandard2.1", "netstandard2.0")]
    [InlineData("netstandard2.0", "net472")]
    [InlineData("net8.0", "net8.0-windows7.0")]
    public void NewerCompatibleFramework_RanksHigher(string better, string worse) =>
        Assert.True(PackageAssemblies.Rank(better) > PackageAssemblies.Rank(worse));

    [Fact]
    public void RepositoryExtensionMethod_IsALocalCallToItsStaticClass()
    {
        var analysis = Analysis.Single("namespace App; static class Ext { public static int Twice(this int x) => x * 2; } class C { int M() => 2.Twice(); }");
        var call = Analysis.Call(analysis, "2.Twice");
        Assert.Equal((CallKind.Local, "App.Ext.Twice"), (call.Kind, call.Callee));
    }

    [Fact]
    public void RuntimeCalls_AreExternal_WithoutGenericArity()
    {
        var analysis = Analysis.Single("using System.Linq; namespace App; class C { int M(int[] a) => a.Select(x => x).Count(); }");
        Assert.Equal("System.Linq.Enumerable.Select", Analysis.Call(analysis, "a.Select").Callee);
        Assert.Equal("System.Linq.Enumerable.Count", Analysis.Call(analysis, "a.Select(x => x).Count").Callee);
    }

    [Fact]
    public void CallIntoAFileNotReanalysed_StillBindsToIt()
    {
        var repository = new InMemoryRepository()
            .Add("src/A.cs", "namespace App; class A { public static void Run() { } }")
            .Add("src/B.cs", "namespace App; class B { void M() => A.Run(); }");
        var analysis = Assert.Single(Analysis.Run(repository, analyse: ["src/B.cs"]));
        Assert.Equal("src/B.cs", analysis.Path);
        Assert.Equal((CallKind.Local, "App.A.Run"), (analysis.Calls[0].Kind, analysis.Calls[0].Callee));
    }

    [Fact]
    public void MethodGroups_AreReferences_FromWhereTheyArePassedOrSubscribed()
    {
        var analysis = Analysis.Single("namespace App; class C { event System.Action? E; void Handle() { } void M() { E += Handle; System.Array.ForEach(new int[0], Print); } static void Print(int i) { } }");
        Assert.Equal((CallKind.Reference, "App.C.Handle", "App.C.M"), (Analysis.Call(analysis, "Handle").Kind, Analysis.Call(analysis, "Handle").Callee, Analysis.Call(analysis, "Handle").Caller));
        Assert.Equal((CallKind.Reference, "App.C.Print"), (Analysis.Call(analysis, "Print").Kind, Analysis.Call(analysis, "Print").Callee));
    }

    [Fact]
    public void NameOf_IsNotACall()
    {
        var analysis = Analysis.Single("namespace App; class C { void Handle() { } string M() => nameof(Handle); }");
        Assert.Empty(analysis.Calls);
    }
}
