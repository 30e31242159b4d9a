using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sightline.Core.Code;

namespace Sightline.Analysis.CSharp;

internal sealed partial class FileAnalyser
{
    /// <summary>Adds a method-like definition; returns its id, the caller of the code inside it.</summary>
    private string? Define(IMethodSymbol? symbol, SyntaxNode node, string? outer)
    {
        if (symbol is null)
        {
            return outer;
        }

        var id = SymbolIds.Method(symbol);
        var kind = symbol.MethodKind switch
        {
            MethodKind.Constructor or MethodKind.StaticConstructor => DefinitionKind.Constructor,
            MethodKind.LocalFunction => DefinitionKind.Function,
            _ => DefinitionKind.Method,
        };
        AddDefinition(id, symbol.Name, kind, node, EntryOf(symbol));
        return id;
    }

    private void DefineTopLevel(CompilationUnitSyntax unit)
    {
        if (_definedIds.Contains(TopLevelId))
        {
            return;
        }

        var statements = unit.Members.OfType<GlobalStatementSyntax>().ToList();
        var start = statements[0].GetLocation().GetLineSpan().StartLinePosition;
        var end = statements[^1].GetLocation().GetLineSpan().EndLinePosition;
        _definedIds.Add(TopLevelId);
        _definitions.Add(new CodeDefinition(TopLevelId, "<top-level statements>", DefinitionKind.Module, start.Line + 1, end.Line + 1)
        {
            Entry = EntryPointKind.Main,
            StartColumn = start.Character + 1,
        });
    }

    private void DefinePrimaryConstructor(TypeDeclarationSyntax type)
    {
        if (_model.GetDeclaredSymbol(type, _cancellationToken) is not INamedTypeSymbol symbol)
        {
            return;
        }

        var constructor = symbol.InstanceConstructors.FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) == type));
        if (constructor is not null)
        {
            AddDefinition(SymbolIds.Method(constructor), ".ctor", DefinitionKind.Constructor, type, EntryOf(constructor));
        }
    }

    /// <summary>
    /// Field and property initializers run in the constructor (static ones in the static constructor):
    /// their calls belong to it, and a type without an explicit one gets it as a definition.
    /// </summary>
    private string? InitializerCaller(SyntaxNode node, bool isStatic)
    {
        var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (type is null || _model.GetDeclaredSymbol(type, _cancellationToken) is not INamedTypeSymbol symbol)
        {
            return null;
        }

        var constructors = isStatic ? symbol.StaticConstructors : symbol.InstanceConstructors;
        var id = SymbolIds.Type(symbol) + (isStatic ? "..cctor" : "..ctor");
        if (!_definedIds.Contains(id) && constructors.All(c => c.IsImplicitlyDeclared))
        {
            AddDefinition(id, isStatic ? ".cctor" : ".ctor", DefinitionKind.Constructor, type, EntryPointKind.None, synthetic: true);
        }

        return id;
    }

    /// <summary>A lambda passed as an argument is a handler: its own definition, referenced where it is passed.</summary>
    private string DefineLambda(AnonymousFunctionExpressionSyntax lambda, ArgumentSyntax argument, string? outer)
    {
        var id = (outer ?? SymbolIds.Type(EnclosingType(lambda))) + "." + SymbolIds.Lambda(lambda);
        var entry = IsRouteRegistration(argument) ? EntryPointKind.HttpHandler : EntryPointKind.None;
        AddDefinition(id, SymbolIds.Lambda(lambda), DefinitionKind.Lambda, lambda, entry);
        var (line, column) = Position(lambda);
        _calls.Add(new CodeCall(outer, CallKind.Reference, id, TypeNames.Text(LambdaHead(lambda)), line, column));
        return id;
    }

    private static SyntaxNode LambdaHead(AnonymousFunctionExpressionSyntax lambda) => lambda switch
    {
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList,
        SimpleLambdaExpressionSyntax simple => simple.Parameter,
        AnonymousMethodExpressionSyntax { ParameterList: { } parameters } => parameters,
        _ => lambda,
    };

    private INamedTypeSymbol EnclosingType(SyntaxNode node) =>
        _model.GetEnclosingSymbol(node.SpanStart, _cancellationToken)?.ContainingType ?? _model.Compilation.GetSpecialType(SpecialType.System_Object);

    /// <summary>Overloads share an id and each is listed; synthetic definitions (implicit constructors) only once.</summary>
    private void AddDefinition(string id, string name, DefinitionKind kind, SyntaxNode node, EntryPointKind entry, bool synthetic = false)
    {
        if (!_definedIds.Add(id) && synthetic)
        {
            return;
        }

        var span = node.GetLocation().GetLineSpan();
        _definitions.Add(new CodeDefinition(id, name, kind, span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1)
        {
            Entry = entry,
            StartColumn = span.StartLinePosition.Character + 1,
        });
    }

    /// <summary>A method group registered as a route handler in this file is an HTTP entry point itself.</summary>
    private CodeDefinition MarkHandler(CodeDefinition definition) =>
        definition.Entry == EntryPointKind.None && _handlerIds.Contains(definition.Id) ? definition with { Entry = EntryPointKind.HttpHandler } : definition;

    private static bool IsRouteRegistration(ArgumentSyntax argument) =>
        argument.Parent?.Parent is InvocationExpressionSyntax invocation && EntryPoints.IsRouteMethod(MethodName(invocation.Expression));

    private static string? MethodName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private EntryPointKind EntryOf(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return EntryPointKind.None;
        }

        if (!_typeRoles.TryGetValue(type, out var role))
        {
            role = EntryPoints.RoleOf(type);
            _typeRoles[type] = role;
        }

        return method.MethodKind is MethodKind.LocalFunction ? EntryPointKind.None : EntryPoints.Of(method, role, _group.Project.IsLibrary);
    }
}
