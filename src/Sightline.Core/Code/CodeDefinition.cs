namespace Sightline.Core.Code;

public enum DefinitionKind
{
    /// <summary>A file's top-level code (JavaScript module body, C# top-level statements).</summary>
    Module,
    Function,
    Method,
    Constructor,
    /// <summary>A lambda or anonymous function that is registered as a handler (a route, a callback).</summary>
    Lambda,
}

/// <summary>Why a definition is an entry point: code that runs without being called by other code of the repository.</summary>
public enum EntryPointKind
{
    None,
    /// <summary>Main, C# top-level statements.</summary>
    Main,
    /// <summary>JavaScript module body of any production file (it runs when the module loads).</summary>
    ModuleCode,
    /// <summary>The package's main/bin/exports file and what it exports.</summary>
    PackageExport,
    /// <summary>An HTTP handler: ASP.NET Core controller action or minimal API, Express/Koa/Fastify/Next route.</summary>
    HttpHandler,
    /// <summary>A hosted service's ExecuteAsync/StartAsync.</summary>
    HostedService,
    /// <summary>Public API of a library (a public method of a public type in a packable project).</summary>
    PublicApi,
}

/// <summary>
/// A function-like definition. <see cref="Id"/> is unique within the repository and is what calls name as
/// their caller and, for calls to this repository's code, as their callee: C# uses the fully qualified
/// "Namespace.Type.Method" (".ctor" for constructors); JavaScript uses "path/to/file.js#name" or
/// "path/to/file.js#Class.method", and "path/to/file.js#&lt;module&gt;" for module code.
/// </summary>
public sealed record CodeDefinition(string Id, string Name, DefinitionKind Kind, int StartLine, int EndLine)
{
    public EntryPointKind Entry { get; init; }

    /// <summary>Column of the definition's start (1-based).</summary>
    public int StartColumn { get; init; } = 1;
}
