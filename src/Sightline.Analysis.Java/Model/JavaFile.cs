using Sightline.Analysis.Java.Lexing;

namespace Sightline.Analysis.Java.Model;

/// <summary>A parsed source file: its package, imports, every type it declares (nested ones too) and its tokens.</summary>
internal sealed class JavaFile(string path, List<Token> tokens)
{
    public string Path { get; } = path;

    public List<Token> Tokens { get; } = tokens;

    public string Package { get; set; } = "";

    public List<ImportDecl> Imports { get; } = [];

    /// <summary>Types declared at the top level and nested in other types, outer ones first.</summary>
    public List<TypeDecl> Types { get; } = [];

    public List<(string Message, int Line)> Problems { get; } = [];

    public bool IsTest { get; init; }

    /// <summary>The folder of the nearest pom.xml or build.gradle: the module public-API rules are decided for.</summary>
    public string Module { get; init; } = "";

    public int Lines { get; init; }
}

/// <summary>An import: "a.b.C" (single type), "a.b" on demand, static "a.b.C.m" or static "a.b.C" on demand.</summary>
internal sealed record ImportDecl(string Name, bool IsStatic, bool OnDemand, int Line, int Column)
{
    public string SimpleName => Name[(Name.LastIndexOf('.') + 1)..];
}
