using Microsoft.CodeAnalysis;
using Sightline.Core.Code;

namespace Sightline.Analysis.CSharp;

/// <summary>What makes a type's methods run without a caller in the repository: controllers and hosted services.</summary>
[Flags]
internal enum TypeRole
{
    None = 0,
    Controller = 1,
    HostedService = 2,
}

/// <summary>ASP.NET Core and generic-host conventions, by bound symbol or, for unbound packages, by name as written.</summary>
internal static class EntryPoints
{
    private static readonly HashSet<string> RouteMethods = new(StringComparer.Ordinal)
    {
        "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback",
    };

    private static readonly HashSet<string> HostedMethods = new(StringComparer.Ordinal) { "ExecuteAsync", "StartAsync", "StopAsync" };

    public static bool IsRouteMethod(string? name) => name is not null && RouteMethods.Contains(name);

    public static TypeRole RoleOf(INamedTypeSymbol type)
    {
        var role = TypeRole.None;
        if (type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsStatic && IsController(type))
        {
            role |= TypeRole.Controller;
        }

        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            // An unbound base list entry shows as an error base type, interfaces included.
            if (t.Name is "BackgroundService" or "IHostedService" or "IHostedLifecycleService")
            {
                role |= TypeRole.HostedService;
            }
        }

        if (type.AllInterfaces.Any(i => i.Name is "IHostedService" or "IHostedLifecycleService"))
        {
            role |= TypeRole.HostedService;
        }

        return role;
    }

    public static EntryPointKind Of(IMethodSymbol method, TypeRole role, bool isLibrary)
    {
        if (method.Name == "Main" && method.IsStatic)
        {
            return EntryPointKind.Main;
        }

        if (role.HasFlag(TypeRole.Controller) && method.MethodKind == MethodKind.Ordinary && !method.IsStatic
            && method.DeclaredAccessibility == Accessibility.Public && !HasAttribute(method, "NonAction"))
        {
            return EntryPointKind.HttpHandler;
        }

        if (role.HasFlag(TypeRole.HostedService) && HostedMethods.Contains(method.Name) && method.MethodKind == MethodKind.Ordinary)
        {
            return EntryPointKind.HostedService;
        }

        return isLibrary && IsPublicApi(method) ? EntryPointKind.PublicApi : EntryPointKind.None;
    }

    private static bool IsController(INamedTypeSymbol type)
    {
        if (type.Name.EndsWith("Controller", StringComparison.Ordinal) || HasAttribute(type, "ApiController") || HasAttribute(type, "Controller"))
        {
            return !HasAttribute(type, "NonController");
        }

        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name is "Controller" or "ControllerBase")
            {
                return !HasAttribute(type, "NonController");
            }
        }

        return false;
    }

    private static bool IsPublicApi(IMethodSymbol method)
    {
        if (method.DeclaredAccessibility != Accessibility.Public || method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    // Unbound attributes keep the name as written, with or without the "Attribute" suffix.
    private static bool HasAttribute(ISymbol symbol, string name) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.Name is { } n && (n == name || n == name + "Attribute"));
}
