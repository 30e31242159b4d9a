using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    private void Visit(Node? node)
    {
        if (node is null || !Enter())
        {
            return;
        }

        try
        {
            switch (node)
            {
                case Expression expression:
                    VisitExpression(expression);
                    break;
                case FunctionDeclaration function:
                    VisitFunction(function, function.Id is { } id ? Qualify(id.Name) : null, DefinitionKind.Function, reference: false);
                    break;
                case ClassDeclaration declaration:
                    VisitClass(declaration, declaration.Id is { } classId ? Qualify(classId.Name) : null);
                    break;
                case VariableDeclaration declaration:
                    VisitDeclaration(declaration);
                    break;
                case ImportDeclaration:
                    break;
                case ExportNamedDeclaration export:
                    VisitExportNamed(export);
                    break;
                case ExportDefaultDeclaration export:
                    VisitExportDefault(export);
                    break;
                case ExportAllDeclaration export:
                    VisitExportAll(export);
                    break;
                case NestedBlockStatement block:
                    InScope(() =>
                    {
                        Prescan(block.Body);
                        VisitAll(block.Body);
                    });
                    break;
                case ForStatement or ForInStatement or ForOfStatement or SwitchStatement:
                    InScope(() => VisitChildren(node));
                    break;
                case CatchClause clause:
                    InScope(() =>
                    {
                        VisitPattern(clause.Param);
                        BindPattern(clause.Param, UnknownValue.Instance, declare: true);
                        Visit(clause.Body);
                    });
                    break;
                default:
                    VisitChildren(node);
                    break;
            }
        }
        finally
        {
            Leave();
        }
    }

    private void VisitChildren(Node node)
    {
        foreach (var child in node.ChildNodes)
        {
            Visit(child);
        }
    }

    private void VisitAll<T>(in NodeList<T> nodes)
        where T : Node?
    {
        foreach (var node in nodes)
        {
            Visit(node);
        }
    }

    private void InScope(Action walk)
    {
        var saved = _scope;
        _scope = new Scope(saved, isFunction: false);
        try
        {
            walk();
        }
        finally
        {
            _scope = saved;
        }
    }

    /// <summary>
    /// Hoisting: function and class declarations, and the values of variables whose initialiser the
    /// analyser understands (require, import, function and class expressions, package calls), are bound
    /// before the scope's statements are walked.
    /// </summary>
    private void Prescan<T>(in NodeList<T> statements)
        where T : Node?
    {
        foreach (var statement in statements)
        {
            var declaration = statement switch
            {
                ExportNamedDeclaration named => named.Declaration,
                ExportDefaultDeclaration { Declaration: Declaration inner } => inner,
                _ => statement as Node,
            };

            switch (declaration)
            {
                case FunctionDeclaration { Id: { } id } function:
                    _scope.Function.Declare(id.Name, new LocalFunction(Define(function, Qualify(id.Name), DefinitionKind.Function).Id));
                    break;
                case ClassDeclaration { Id: { } id } type:
                    _scope.Declare(id.Name, EnsureClass(type, Qualify(id.Name)));
                    break;
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                    {
                        var value = declarator.Init is null ? UnknownValue.Instance : Evaluate(declarator.Init, HintFor(declarator.Id));
                        BindPattern(declarator.Id, value, declare: true, variables.Kind);
                    }

                    break;
                case ImportDeclaration import:
                    DeclareImport(import);
                    break;
            }
        }
    }

    private void VisitDeclaration(VariableDeclaration declaration)
    {
        foreach (var declarator in declaration.Declarations)
        {
            VisitPattern(declarator.Id);
            var init = declarator.Init;
            if (init is null)
            {
                BindPattern(declarator.Id, UnknownValue.Instance, declare: true, declaration.Kind);
                continue;
            }

            RecordImportsOf(declarator.Id, init);
            var hint = HintFor(declarator.Id);
            VisitNamed(init, hint, reference: false);
            BindPattern(declarator.Id, Evaluate(init, hint), declare: true, declaration.Kind);
        }
    }

    /// <summary>The name a function, class or object literal takes from the variable it initialises.</summary>
    private string? HintFor(Node target) => target is Identifier identifier ? Qualify(identifier.Name) : null;

    /// <summary>Visits an initialiser or assigned value, naming a function, class or object literal after its target.</summary>
    private void VisitNamed(Expression value, string? name, bool reference)
    {
        switch (value)
        {
            case FunctionExpression or ArrowFunctionExpression when name is not null:
                VisitFunction((IFunction)value, name, DefinitionKind.Function, reference);
                break;
            case ClassExpression type when name is not null:
                VisitClass(type, name);
                break;
            case ObjectExpression literal:
                VisitObject(literal, name, handlerObject: false);
                break;
            default:
                VisitExpression(value);
                break;
        }
    }
}
