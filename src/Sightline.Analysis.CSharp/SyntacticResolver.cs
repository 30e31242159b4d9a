using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sightline.Analysis.CSharp;

/// <summary>
/// Resolves calls the semantic model cannot bind (their package is not referenced) from what is written:
/// using directives, aliases, static usings, fully qualified names and the declared types of fields,
/// locals, parameters and properties. It answers candidate fully qualified names: one when the source
/// decides, several when two using directives could supply the type, none when nothing says.
/// </summary>
internal sealed partial class SyntacticResolver(SemanticModel model, ProjectGroup group, RepositoryNamespaces namespaces, CancellationToken cancellationToken)
{
    private readonly Dictionary<SyntaxTree, IReadOnlyList<UsingInfo>> _usings = [];
    private readonly Dictionary<string, bool> _knownNamespaces = new(StringComparer.Ordinal);

    /// <summary>Candidates "Namespace.Type.Method" for an unbound invocation's expression.</summary>
    public IReadOnlyList<string> Invocation(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => Members(ReceiverTypes(access.Expression), access.Name.Identifier.ValueText),
        MemberBindingExpressionSyntax binding when binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>() is { } conditional =>
            Members(ReceiverTypes(conditional.Expression), binding.Name.Identifier.ValueText),
        SimpleNameSyntax name => SimpleCall(name),
        _ => [],
    };

    /// <summary>The type of `new()` from its target: the declared type of the variable, field or property it initialises.</summary>
    public IReadOnlyList<string> TargetTypeOf(SyntaxNode creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } when !declaration.Type.IsVar => TypeCandidates(declaration.Type),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => TypeCandidates(property.Type),
        _ => [],
    };

    private static List<string> Members(IReadOnlyList<string> types, string member) => [.. types.Select(t => t + "." + member)];

    /// <summary>The possible types of a call's receiver, when its type is not bound.</summary>
    private IReadOnlyList<string> ReceiverTypes(ExpressionSyntax receiver)
    {
        var info = model.GetSymbolInfo(receiver, cancellationToken);
        switch (info.Symbol)
        {
            case ILocalSymbol local:
                return DeclaredType(local, local.Type);
            case IFieldSymbol field:
                return DeclaredType(field, field.Type);
            case IParameterSymbol parameter:
                return DeclaredType(parameter, parameter.Type);
            case IPropertySymbol property:
                return DeclaredType(property, property.Type);
            case INamedTypeSymbol { TypeKind: not TypeKind.Error }:
            case INamespaceSymbol:
                // A bound type without the member: an extension method of an unbound package, which names no type.
                return [];
            default:
                break;
        }

        if (model.GetTypeInfo(receiver, cancellationToken).Type is { TypeKind: not TypeKind.Error })
        {
            return [];
        }

        return receiver switch
        {
            ObjectCreationExpressionSyntax creation => TypeCandidates(creation.Type),
            CastExpressionSyntax cast => TypeCandidates(cast.Type),
            ParenthesizedExpressionSyntax parenthesized => ReceiverTypes(parenthesized.Expression),
            _ when TypeNames.TryDotted(receiver) is not null && info.CandidateSymbols.IsEmpty && !StartsWithValue(receiver) => TypeCandidates(receiver),
            _ => [],
        };
    }

    /// <summary>`settings.Converters`: a member of a value, not a namespace-qualified type name.</summary>
    private bool StartsWithValue(ExpressionSyntax receiver)
    {
        var leftmost = receiver;
        while (leftmost is MemberAccessExpressionSyntax access)
        {
            leftmost = access.Expression;
        }

        return leftmost != receiver && model.GetSymbolInfo(leftmost, cancellationToken).Symbol is not (null or INamespaceSymbol or IAliasSymbol);
    }

    /// <summary>A variable of an unbound type: its declared type as written (`var x = new T()` gives T).</summary>
    private IReadOnlyList<string> DeclaredType(ISymbol symbol, ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Error)
        {
            return [];
        }

        return symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator => declaration.Type.IsVar
                ? declarator.Initializer?.Value is ObjectCreationExpressionSyntax creation ? TypeCandidates(creation.Type) : []
                : TypeCandidates(declaration.Type),
            ParameterSyntax { Type: { } parameterType } => TypeCandidates(parameterType),
            PropertyDeclarationSyntax property => TypeCandidates(property.Type),
            SingleVariableDesignationSyntax { Parent: DeclarationPatternSyntax pattern } => TypeCandidates(pattern.Type),
            SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } when !declaration.Type.IsVar => TypeCandidates(declaration.Type),
            _ => [],
        };
    }

    /// <summary>`Foo()` unbound: a member of a `using static` type or of an unbound base type.</summary>
    private List<string> SimpleCall(SimpleNameSyntax name)
    {
        var method = name.Identifier.ValueText;
        var candidates = new List<string>();
        foreach (var directive in UsingsOf(name.SyntaxTree))
        {
            if (directive.IsStatic && !namespaces.Contains(directive.Target) && !BindsToType(directive.Target))
            {
                candidates.Add(directive.Target + "." + method);
            }
        }

        if (name.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.BaseList is { } bases)
        {
            foreach (var baseType in bases.Types)
            {
                if (model.GetTypeInfo(baseType.Type, cancellationToken).Type is null or { TypeKind: TypeKind.Error })
                {
                    candidates.AddRange(Members(TypeCandidates(baseType.Type), method));
                }
            }
        }

        return [.. candidates.Distinct(StringComparer.Ordinal)];
    }
}
