using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sightline.Core.Code;

namespace Sightline.Analysis.CSharp;

/// <summary>
/// Analyses one bound file: an explicit-stack walk of its tree (deep nesting cannot overflow the stack)
/// that records definitions, imports and every call site, each resolved by the semantic model first and
/// by <see cref="SyntacticResolver"/> when the model cannot bind it.
/// </summary>
internal sealed partial class FileAnalyser
{
    private const string TopLevelId = "Program.<Main>$";

    private readonly SourceFile _file;
    private readonly SemanticModel _model;
    private readonly ProjectGroup _group;
    private readonly SyntacticResolver _resolver;
    private readonly CancellationToken _cancellationToken;
    private readonly List<CodeDefinition> _definitions = [];
    private readonly List<CodeImport> _imports = [];
    private readonly List<CodeCall> _calls = [];
    private readonly HashSet<string> _definedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handlerIds = new(StringComparer.Ordinal);
    private readonly Dictionary<INamedTypeSymbol, TypeRole> _typeRoles = new(SymbolEqualityComparer.Default);

    public FileAnalyser(SourceFile file, SemanticModel model, ProjectGroup group, RepositoryNamespaces namespaces, CancellationToken cancellationToken)
    {
        _file = file;
        _model = model;
        _group = group;
        _cancellationToken = cancellationToken;
        _resolver = new SyntacticResolver(model, group, namespaces, cancellationToken);
    }

    public FileAnalysis Run(bool isTest)
    {
        var root = _file.Tree!.GetRoot(_cancellationToken);
        var pending = new Stack<(SyntaxNode Node, string? Caller)>();
        pending.Push((root, null));
        while (pending.TryPop(out var item))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var (descend, caller) = Visit(item.Node, item.Caller);
            if (!descend)
            {
                continue;
            }

            foreach (var child in item.Node.ChildNodes())
            {
                pending.Push((child, caller));
            }
        }

        return new FileAnalysis(_file.Path, "csharp")
        {
            IsTest = isTest,
            Definitions = [.. _definitions.Select(MarkHandler).OrderBy(d => d.StartLine).ThenBy(d => d.StartColumn).ThenBy(d => d.Id, StringComparer.Ordinal)],
            Imports = [.. _imports.OrderBy(i => i.Line).ThenBy(i => i.Column)],
            Calls = [.. _calls.OrderBy(c => c.Line).ThenBy(c => c.Column).ThenBy(c => c.Kind)],
            Warnings = _file.Warnings,
            Lines = _file.Lines,
        };
    }

    /// <summary>Records what the node is; says whether to walk its children and as whose code.</summary>
    private (bool Descend, string? Caller) Visit(SyntaxNode node, string? caller)
    {
        switch (node)
        {
            case UsingDirectiveSyntax directive:
                AddImport(directive);
                return (false, caller);
            case AttributeListSyntax:
                return (false, caller);
            case GlobalStatementSyntax:
                DefineTopLevel((CompilationUnitSyntax)node.Parent!);
                return (true, TopLevelId);
            case BaseMethodDeclarationSyntax method when method.Body is not null || method.ExpressionBody is not null:
                return (true, Define(_model.GetDeclaredSymbol(method, _cancellationToken) as IMethodSymbol, method, caller));
            case LocalFunctionStatementSyntax local:
                return (true, Define(_model.GetDeclaredSymbol(local, _cancellationToken) as IMethodSymbol, local, caller));
            case AccessorDeclarationSyntax accessor when accessor.Body is not null || accessor.ExpressionBody is not null:
                return (true, Define(_model.GetDeclaredSymbol(accessor, _cancellationToken) as IMethodSymbol, accessor, caller));
            case BasePropertyDeclarationSyntax property when ExpressionBody(property) is not null:
                return (true, Define((_model.GetDeclaredSymbol(property, _cancellationToken) as IPropertySymbol)?.GetMethod, property, caller));
            case TypeDeclarationSyntax type when type.ParameterList is not null:
                DefinePrimaryConstructor(type);
                return (true, null);
            case PrimaryConstructorBaseTypeSyntax baseType:
                AddCall(ResolveConstructorCall(baseType, baseType.Type), InitializerCaller(baseType, isStatic: false));
                return (true, InitializerCaller(baseType, isStatic: false));
            case EqualsValueClauseSyntax initializer when InitializedMember(initializer) is { } member:
                return (true, InitializerCaller(initializer, member.Modifiers.Any(m => m.ValueText is "static" or "const")));
            case AnonymousFunctionExpressionSyntax lambda when lambda.Parent is ArgumentSyntax argument:
                return (true, DefineLambda(lambda, argument, caller));
            case InvocationExpressionSyntax invocation:
                AddCall(ResolveInvocation(invocation), caller);
                return (true, caller);
            case BaseObjectCreationExpressionSyntax creation:
                AddCall(ResolveCreation(creation), caller);
                return (true, caller);
            case ConstructorInitializerSyntax initializer:
                AddCall(ResolveConstructorCall(initializer, null), caller);
                return (true, caller);
            case ArgumentSyntax argument when !IsNameOfArgument(argument):
                AddMethodReference(argument.Expression, caller);
                return (true, caller);
            case AssignmentExpressionSyntax assignment:
                AddMethodReference(assignment.Right, caller);
                return (true, caller);
            default:
                return (true, caller);
        }
    }

    private static ArrowExpressionClauseSyntax? ExpressionBody(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.ExpressionBody,
        IndexerDeclarationSyntax i => i.ExpressionBody,
        _ => null,
    };

    private static MemberDeclarationSyntax? InitializedMember(EqualsValueClauseSyntax initializer) => initializer.Parent switch
    {
        PropertyDeclarationSyntax property => property,
        VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field,
        _ => null,
    };

    private static bool IsNameOfArgument(ArgumentSyntax argument) =>
        argument.Parent?.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

    private void AddImport(UsingDirectiveSyntax directive)
    {
        if (directive.NamespaceOrType is null)
        {
            return;
        }

        var position = directive.NamespaceOrType.GetLocation().GetLineSpan().StartLinePosition;
        _imports.Add(new CodeImport(TypeNames.Dotted(directive.NamespaceOrType), null, position.Line + 1, position.Character + 1)
        {
            Alias = directive.Alias?.Name.Identifier.ValueText,
        });
    }

    private void AddCall(CodeCall? call, string? caller)
    {
        if (call is not null)
        {
            _calls.Add(call with { Caller = caller });
        }
    }

    private static (int Line, int Column) Position(SyntaxNode node) => Position(node.GetLocation());

    private static (int Line, int Column) Position(SyntaxToken token) => Position(token.GetLocation());

    private static (int Line, int Column) Position(Location location)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }
}
