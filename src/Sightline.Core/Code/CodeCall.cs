namespace Sightline.Core.Code;

public enum CallKind
{
    /// <summary>A call into this repository's code: <see cref="CodeCall.Callee"/> is a definition id.</summary>
    Local,
    /// <summary>A call into a package: <see cref="CodeCall.Callee"/> is the symbol's fully qualified name.</summary>
    External,
    /// <summary>A function passed as a value (a callback, a handler, stored and called later): reachable where it is passed.</summary>
    Reference,
    /// <summary>A call the analyser could not resolve; counted and reported, never silently dropped.</summary>
    Unresolved,
}

/// <summary>
/// A call site. Fully qualified external names: JavaScript "package.member.path" ("lodash.merge" for
/// `_.merge`, `require("lodash/merge")(...)` and `import {merge} from "lodash"`; "adm-zip.extractAllTo" for
/// `new AdmZip(x).extractAllTo()`; "express" for calling the default export); C#
/// "Namespace.Type.Method" without parameters or generic arity ("Newtonsoft.Json.JsonConvert.DeserializeObject",
/// "Namespace.Type..ctor" for `new`). When the analyser cannot choose between namespaces (a type imported by
/// two using directives and not bound), it gives each possibility in <see cref="Candidates"/>.
/// </summary>
public sealed record CodeCall(string? Caller, CallKind Kind, string? Callee, string Text, int Line, int Column)
{
    public IReadOnlyList<string> Candidates { get; init; } = [];
}
