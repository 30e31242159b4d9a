using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sightline.Analysis.CSharp;

/// <summary>Names as written in syntax, generic arguments and `global::` removed: `global::A.B&lt;T&gt;.C` is "A.B.C".</summary>
internal static class TypeNames
{
    /// <summary>The dotted name of a name or member-access chain of identifiers; null when it is not one (a call, an index).</summary>
    public static string? TryDotted(SyntaxNode node) => node switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => Join(TryDotted(qualified.Left), TryDotted(qualified.Right)),
        AliasQualifiedNameSyntax aliased => TryDotted(aliased.Name),
        MemberAccessExpressionSyntax access when access.Expression is not null => Join(TryDotted(access.Expression), TryDotted(access.Name)),
        NullableTypeSyntax nullable => TryDotted(nullable.ElementType),
        _ => null,
    };

    public static string Dotted(SyntaxNode node) => TryDotted(node) ?? node.ToString();

    /// <summary>The call's text for reports: as written, whitespace collapsed, at most 120 characters.</summary>
    public static string Text(SyntaxNode node)
    {
        var text = node.ToString();
        var builder = new StringBuilder(Math.Min(text.Length, 121));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length >= 120)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString();
    }

    private static string? Join(string? left, string? right) => left is null || right is null ? null : left + "." + right;
}

/// <summary>Definition ids and fully qualified names from symbols: "Namespace.Outer.Inner.Method", ".ctor".</summary>
internal static class SymbolIds
{
    public static string Type(INamedTypeSymbol type)
    {
        var prefix = type.ContainingType is { } outer ? Type(outer) : Namespace(type.ContainingNamespace);
        return prefix.Length == 0 ? type.Name : prefix + "." + type.Name;
    }

    public static string Namespace(INamespaceSymbol? ns) =>
        ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();

    public static string Method(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return Member(method.ContainingSymbol) + "." + method.Name;
        }

        if (method.MethodKind == MethodKind.AnonymousFunction)
        {
            var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            return Member(method.ContainingSymbol) + "." + (syntax is null ? "<lambda>" : Lambda(syntax));
        }

        return Type(method.ContainingType) + "." + method.Name;
    }

    /// <summary>The id suffix of a lambda definition: "&lt;lambda@line:col&gt;".</summary>
    public static string Lambda(SyntaxNode lambda)
    {
        var start = lambda.GetLocation().GetLineSpan().StartLinePosition;
        return $"<lambda@{start.Line + 1}:{start.Character + 1}>";
    }

    public static bool IsInSource(ISymbol symbol) => symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;

    private static string Member(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => Method(method),
        INamedTypeSymbol type => Type(type),
        { ContainingType: { } type } => Type(type) + "." + symbol.Name,
        _ => symbol.Name,
    };
}
