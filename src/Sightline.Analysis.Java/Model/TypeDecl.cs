namespace Sightline.Analysis.Java.Model;

/// <summary>A class, interface, enum, record or annotation type (anonymous classes too, named Outer$1).</summary>
internal sealed class TypeDecl(JavaFile file, string fqn, string name, TypeDecl? outer)
{
    public JavaFile File { get; } = file;

    /// <summary>"com.acme.Outer.Inner": the prefix of its members' ids.</summary>
    public string Fqn { get; } = fqn;

    public string Name { get; } = name;

    public TypeDecl? Outer { get; } = outer;

    public string Kind { get; set; } = "class";

    public bool IsPublic { get; set; }

    public bool IsAnonymous { get; init; }

    public List<string> Annotations { get; set; } = [];

    /// <summary>Super types as written ("HttpServlet", "Base&lt;T&gt;" stripped to "Base").</summary>
    public List<string> Supers { get; } = [];

    /// <summary>The superclass as written ("extends" of a class, the created type of an anonymous class).</summary>
    public string? Extends { get; set; }

    public List<MemberDecl> Members { get; } = [];

    /// <summary>Type parameter names ("T"): a receiver of such a type is of no known class.</summary>
    public List<string> TypeParameters { get; set; } = [];

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TypeDecl> Nested { get; } = new(StringComparer.Ordinal);

    public int StartLine { get; set; }

    public int StartColumn { get; set; }

    public int EndLine { get; set; }

    public MemberDecl? Method(string name) => Members.Find(m => m.Kind == MemberKind.Method && m.Name == name);

    public bool HasAnnotation(string name) => Annotations.Contains(name);
}

internal enum MemberKind
{
    Method,
    Constructor,
    Field,
    Initializer,
}

/// <summary>A member with its token ranges: a body from its "{" to its "}", field initializers from "=" to the end.</summary>
internal sealed class MemberDecl(MemberKind kind, string name)
{
    public MemberKind Kind { get; } = kind;

    public string Name { get; } = name;

    public string? Type { get; set; }

    public List<string> Annotations { get; set; } = [];

    public HashSet<string> Modifiers { get; set; } = [];

    public List<(string Name, string Type)> Parameters { get; } = [];

    public List<string> TypeParameters { get; set; } = [];

    public int BodyStart { get; set; } = -1;

    public int BodyEnd { get; set; } = -1;

    public int StartLine { get; set; }

    public int StartColumn { get; set; }

    public int EndLine { get; set; }

    /// <summary>Where the member's name is written (a Reference to an anonymous class's method points there).</summary>
    public (int Line, int Column) NameAt { get; set; }

    public bool IsStatic => Modifiers.Contains("static");

    public bool IsPublic => Modifiers.Contains("public");
}
