using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sightline.Core.Code;

namespace Sightline.Analysis.CSharp;

internal sealed partial class FileAnalyser
{
    private CodeCall? ResolveInvocation(InvocationExpressionSyntax invocation)
    {
        var expression = invocation.Expression;
        var info = _model.GetSymbolInfo(invocation, _cancellationToken);
        var method = MethodOf(info);
        if (method is null && expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" })
        {
            return null;
        }

        var (line, column) = Position(NameAnchor(expression));
        var text = TypeNames.Text(expression);
        return method is not null
            ? FromSymbol(method, text, line, column)
            : FromCandidates(_resolver.Invocation(expression), text, line, column);
    }

    private CodeCall ResolveCreation(BaseObjectCreationExpressionSyntax creation)
    {
        var (line, column) = Position(creation.NewKeyword);
        var typeSyntax = creation is ObjectCreationExpressionSyntax explicitCreation ? explicitCreation.Type : null;
        var text = typeSyntax is null ? "new()" : "new " + TypeNames.Text(typeSyntax);
        if (MethodOf(_model.GetSymbolInfo(creation, _cancellationToken)) is { } constructor)
        {
            return FromSymbol(constructor, text, line, column);
        }

        var types = typeSyntax is null ? _resolver.TargetTypeOf(creation) : _resolver.TypeCandidates(typeSyntax);
        return FromCandidates([.. types.Select(t => t + "..ctor")], text, line, column);
    }

    /// <summary>`: base(...)`, `: this(...)` and a primary constructor's base call: calls to the other constructor.</summary>
    private CodeCall ResolveConstructorCall(SyntaxNode node, TypeSyntax? type)
    {
        var anchor = node is ConstructorInitializerSyntax initializer ? initializer.ThisOrBaseKeyword.GetLocation() : node.GetLocation();
        var (line, column) = Position(anchor);
        var text = node is ConstructorInitializerSyntax init ? init.ThisOrBaseKeyword.ValueText : TypeNames.Text(type!);
        if (MethodOf(_model.GetSymbolInfo(node, _cancellationToken)) is { } constructor)
        {
            return FromSymbol(constructor, text, line, column);
        }

        var types = type is null ? [] : _resolver.TypeCandidates(type);
        return FromCandidates([.. types.Select(t => t + "..ctor")], text, line, column);
    }

    /// <summary>A method group passed as a value (`MapGet("/", Handlers.Get)`, `list.ForEach(Print)`, `x.Event += OnEvent`).</summary>
    private void AddMethodReference(ExpressionSyntax expression, string? caller)
    {
        if (expression is not (SimpleNameSyntax or MemberAccessExpressionSyntax))
        {
            return;
        }

        var info = _model.GetSymbolInfo(expression, _cancellationToken);
        if (MethodOf(info) is not { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.ReducedExtension } method)
        {
            return;
        }

        var (line, column) = Position(NameAnchor(expression));
        var call = FromSymbol(method, TypeNames.Text(expression), line, column);
        if (call.Kind == CallKind.Local)
        {
            call = call with { Kind = CallKind.Reference };
            if (expression.Parent is ArgumentSyntax argument && IsRouteRegistration(argument))
            {
                _handlerIds.Add(call.Callee!);
            }
        }

        AddCall(call, caller);
    }

    private static IMethodSymbol? MethodOf(SymbolInfo info)
    {
        if (info.Symbol is IMethodSymbol method)
        {
            return method;
        }

        // Overload resolution that failed (an argument of an unbound type) still names the method when every candidate is the same one.
        var candidates = info.CandidateSymbols.OfType<IMethodSymbol>().ToList();
        if (candidates.Count == 0 || candidates.Count != info.CandidateSymbols.Length)
        {
            return null;
        }

        var id = SymbolIds.Method(Target(candidates[0]));
        return candidates.All(c => SymbolIds.Method(Target(c)) == id) ? candidates[0] : null;
    }

    private static IMethodSymbol Target(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

    private static CodeCall FromSymbol(IMethodSymbol method, string text, int line, int column)
    {
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            // The target is whatever was passed; the passing site is the Reference that counts.
            return new CodeCall(null, CallKind.Unresolved, null, text, line, column);
        }

        var target = Target(method);
        var kind = SymbolIds.IsInSource(target) ? CallKind.Local : CallKind.External;
        return new CodeCall(null, kind, SymbolIds.Method(target), text, line, column);
    }

    private static CodeCall FromCandidates(IReadOnlyList<string> candidates, string text, int line, int column) => candidates.Count switch
    {
        0 => new CodeCall(null, CallKind.Unresolved, null, text, line, column),
        1 => new CodeCall(null, CallKind.External, candidates[0], text, line, column),
        _ => new CodeCall(null, CallKind.External, null, text, line, column) { Candidates = candidates },
    };

    /// <summary>Where a call is reported: the method's name (`Foo` in `a.b.Foo()`), so chained calls get distinct columns.</summary>
    private static Location NameAnchor(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.GetLocation(),
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.GetLocation(),
        SimpleNameSyntax name => name.Identifier.GetLocation(),
        _ => expression.GetLocation(),
    };
}
