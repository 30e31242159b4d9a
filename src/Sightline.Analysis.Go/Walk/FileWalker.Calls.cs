using Sightline.Analysis.Go.Binding;
using Sightline.Analysis.Go.Syntax;
using Sightline.Core.Code;

namespace Sightline.Analysis.Go.Walk;

internal sealed partial class FileWalker
{
    /// <summary>Route registration methods of net/http, gorilla/mux, chi, gin, echo, fiber.</summary>
    private static readonly HashSet<string> Registrations = new(StringComparer.Ordinal)
    {
        "HandleFunc", "Handle", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "Any",
        "Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Connect", "Trace", "Method", "MethodFunc", "All",
    };

    private void WalkCall(Call call)
    {
        var fun = call.Fun;
        while (fun is Paren p)
        {
            fun = p.X;
        }

        if (fun is FuncLit lit)
        {
            var id = WalkFuncLit(lit, called: true);
            Calls.Add(new CodeCall(_caller, CallKind.Local, id, "func", call.Line, call.Column));
        }
        else
        {
            var target = _binder.ResolveCall(fun, _context, _lookup);
            var text = Text(fun);
            switch (target.Kind)
            {
                case TargetKind.Local:
                    Calls.Add(new CodeCall(_caller, CallKind.Local, target.Name, text, call.Line, call.Column));
                    break;
                case TargetKind.External:
                    Calls.Add(new CodeCall(_caller, CallKind.External, target.Name, text, call.Line, call.Column) { Candidates = target.Candidates ?? [] });
                    break;
                case TargetKind.Unresolved:
                    Calls.Add(new CodeCall(_caller, CallKind.Unresolved, null, text, call.Line, call.Column));
                    break;
                default:
                    break;
            }

            WalkCallee(fun);
            // A pattern literal first marks a route; HandleFunc/Handle also take a pattern constant.
            if (fun is Selector { Name: var method } && Registrations.Contains(method) && call.Args.Count >= 2
                && (call.Args[0] is Literal { Text: ['"' or '`', ..] } || (method is "HandleFunc" or "Handle" && call.Args[0] is Ident or Selector)))
            {
                foreach (var handler in call.Args.Skip(1))
                {
                    RegisterHandler(handler);
                }
            }
        }

        WalkExprs(call.Args);
    }

    /// <summary>The callee's own sub-expressions: the receiver of a method call (`a.b().c()`), a called call.</summary>
    private void WalkCallee(Expr fun)
    {
        switch (fun)
        {
            case Selector { X: Ident } or Ident:
                break;
            case Selector s:
                WalkExpr(s.X);
                break;
            case IndexExpr i:
                WalkCallee(i.X);
                break;
            default:
                WalkExpr(fun);
                break;
        }
    }

    /// <summary>A handler argument: a function, a method value, a func literal, `http.HandlerFunc(f)`, or a value whose ServeHTTP serves.</summary>
    private void RegisterHandler(Expr handler)
    {
        while (handler is Call { Args: [var inner], Fun: Ident { Name: "HandlerFunc" } or Selector { Name: "HandlerFunc" } })
        {
            handler = inner;
        }

        if (handler is FuncLit lit)
        {
            _pendingHandlers.Add(lit);
        }
        else if (_binder.ResolveFunc(handler, _context, _lookup) is { } func)
        {
            _handlers.Add(func.Id);
        }
        else if (_binder.TypeOf(handler, _context, _lookup) is { IsNamed: true } type && _binder.FindMethod(type, "ServeHTTP") is { } serve)
        {
            _handlers.Add(serve.Id);
            Calls.Add(new CodeCall(_caller, CallKind.Reference, serve.Id, Text(handler), handler.Line, handler.Column));
        }
    }
}
