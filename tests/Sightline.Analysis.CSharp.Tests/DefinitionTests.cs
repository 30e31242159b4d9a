using Sightline.Core.Code;

namespace Sightline.Analysis.CSharp.Tests;

public sealed class DefinitionTests
{
    private const string Source = """
        namespace Acme.Shop
        {
            public class Outer<T>
            {
                public Outer() { }
                public int Size { get => Count(); set { } }
                public int Twice => Count() * 2;
                public int Count() { return Local(); int Local() => 1; }
                public int Count(int x) => x;
                public class Inner { void Run() { } }
            }
        }
        """;

    [Fact]
    public void Ids_AreNamespaceTypeMethod_NestedTypesDotted_ArityStripped()
    {
        var ids = Analysis.Single(Source).Definitions.Select(d => (d.Id, d.Kind)).ToList();
        Assert.Contains(("Acme.Shop.Outer..ctor", DefinitionKind.Constructor), ids);
        Assert.Contains(("Acme.Shop.Outer.get_Size", DefinitionKind.Method), ids);
        Assert.Contains(("Acme.Shop.Outer.set_Size", DefinitionKind.Method), ids);
        Assert.Contains(("Acme.Shop.Outer.get_Twice", DefinitionKind.Method), ids);
        Assert.Contains(("Acme.Shop.Outer.Count.Local", DefinitionKind.Function), ids);
        Assert.Contains(("Acme.Shop.Outer.Inner.Run", DefinitionKind.Method), ids);
        Assert.Equal(2, ids.Count(i => i.Id == "Acme.Shop.Outer.Count"));
    }

    [Fact]
    public void CallsInsideAccessorsAndLocalFunctions_HaveThemAsCaller()
    {
        var calls = Analysis.Single(Source).Calls;
        Assert.Contains(calls, c => c.Caller == "Acme.Shop.Outer.get_Size" && c.Callee == "Acme.Shop.Outer.Count" && c.Kind == CallKind.Local);
        Assert.Contains(calls, c => c.Caller == "Acme.Shop.Outer.Count" && c.Callee == "Acme.Shop.Outer.Count.Local");
    }

    [Fact]
    public void TopLevelStatements_AreAModuleEntry_WithTheirLocalFunctions()
    {
        var analysis = Analysis.Single("System.Console.WriteLine(Greet());\nstatic string Greet() => \"hi\";\n");
        var module = Assert.Single(analysis.Definitions, d => d.Kind == DefinitionKind.Module);
        Assert.Equal(("Program.<Main>$", EntryPointKind.Main, 1), (module.Id, module.Entry, module.StartLine));
        Assert.Contains(analysis.Calls, c => c.Caller == "Program.<Main>$" && c.Callee == "Program.<Main>$.Greet" && c.Kind == CallKind.Local);
    }

    [Fact]
    public void LambdaPassedAsArgument_IsADefinition_ReferencedWhereItIsPassed()
    {
        var analysis = Analysis.Single("namespace App; class C { void M(System.Collections.Generic.List<int> l) {\n    l.ForEach(x => System.Console.WriteLine(x)); } }");
        var lambda = Assert.Single(analysis.Definitions, d => d.Kind == DefinitionKind.Lambda);
        Assert.Equal("App.C.M.<lambda@2:15>", lambda.Id);
        var reference = Assert.Single(analysis.Calls, c => c.Kind == CallKind.Reference);
        Assert.Equal(("App.C.M", lambda.Id, 2, 15), (reference.Caller, reference.Callee, reference.Line, reference.Column));
        Assert.Contains(analysis.Calls, c => c.Caller == lambda.Id && c.Callee == "System.Console.WriteLine");
    }

    [Fact]
    public void FieldInitializers_RunInTheConstructor()
    {
        var analysis = Analysis.Single("namespace App; class C { static readonly object S = Make(); readonly object _i = Make(); static object Make() => new(); }");
        Assert.Contains(analysis.Calls, c => c.Caller == "App.C..cctor" && c.Callee == "App.C.Make");
        Assert.Contains(analysis.Calls, c => c.Caller == "App.C..ctor" && c.Callee == "App.C.Make");
        Assert.Contains(analysis.Definitions, d => d.Id == "App.C..ctor" && d.Kind == DefinitionKind.Constructor);
    }

    [Fact]
    public void ConstructorChaining_IsACallToTheOtherConstructor()
    {
        var analysis = Analysis.Single("namespace App; class B { public B(int x) { } } class C : B { public C() : base(1) { } }");
        var call = Assert.Single(analysis.Calls);
        Assert.Equal(("App.C..ctor", CallKind.Local, "App.B..ctor"), (call.Caller, call.Kind, call.Callee));
    }

    [Fact]
    public void UsingDirectives_AreImports_WithAliases()
    {
        var analysis = Analysis.Single("using System.Text;\nusing J = Newtonsoft.Json.JsonConvert;\nusing static System.Math;\nglobal using Xunit;\nnamespace App; class C { }");
        Assert.Equal(
            [("System.Text", null, 1, 7), ("Newtonsoft.Json.JsonConvert", "J", 2, 11), ("System.Math", null, 3, 14), ("Xunit", null, 4, 14)],
            analysis.Imports.Select(i => (i.Specifier, i.Alias, i.Line, i.Column)));
        Assert.All(analysis.Imports, i => Assert.Null(i.Package));
    }
}
