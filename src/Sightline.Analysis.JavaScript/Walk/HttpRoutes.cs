using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;

namespace Sightline.Analysis.JavaScript.Walk;

/// <summary>
/// Route registrations of Express, Koa, Fastify and their routers: a function passed to
/// `app.get("/x", handler)` runs when a request comes, so it is an HTTP entry point.
/// </summary>
internal static class HttpRoutes
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "get", "post", "put", "delete", "del", "patch", "use", "all", "route", "head", "options",
    };

    private static readonly HashSet<string> Frameworks = new(StringComparer.Ordinal)
    {
        "express", "koa", "fastify", "@koa/router", "koa-router", "restify", "polka", "hono", "router", "connect",
        "@hapi/hapi", "hapi", "find-my-way", "micro", "h3",
    };

    /// <summary>Receivers named like an application or router, when their value is not known (passed in as a parameter).</summary>
    private static readonly string[] ReceiverNames = ["app", "router", "server", "api", "fastify", "routes", "koa", "instance"];

    public static bool IsRegistration(MemberExpression callee, Binding receiver)
    {
        if (callee.Computed || callee.Property is not Identifier { Name: var method } || !Methods.Contains(method))
        {
            return false;
        }

        if (receiver is PackageValue package)
        {
            return Frameworks.Contains(package.Package);
        }

        var name = ReceiverName(callee.Object);
        return name is not null
            && (ReceiverNames.Contains(name, StringComparer.OrdinalIgnoreCase)
                || name.EndsWith("Router", StringComparison.Ordinal) || name.EndsWith("router", StringComparison.Ordinal)
                || name.EndsWith("App", StringComparison.Ordinal));
    }

    /// <summary>`fastify.route({ handler })`, hapi's `server.route({ handler })`: the handler is a property.</summary>
    public static bool IsHandlerProperty(string key) => key is "handler";

    private static string? ReceiverName(Expression receiver) => receiver switch
    {
        Identifier identifier => identifier.Name,
        MemberExpression { Computed: false, Property: Identifier property } => property.Name,
        CallExpression { Callee: MemberExpression member } => ReceiverName(member.Object),
        ChainExpression chain => ReceiverName(chain.Expression),
        _ => null,
    };
}
