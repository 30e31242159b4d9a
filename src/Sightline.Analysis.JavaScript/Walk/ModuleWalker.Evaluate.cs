using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    /// <summary>
    /// What an expression stands for, without walking it (no call is recorded). Only simple flows are
    /// followed: names, members, require/import, calls and `new` on known values, await, assignments.
    /// </summary>
    private Binding Evaluate(Expression expression, string? name = null)
    {
        _budget.Step();
        switch (expression)
        {
            case Identifier identifier:
                return Lookup(identifier.Name);
            case ThisExpression:
                return _frame.This;
            case MemberExpression member:
                var key = member.Computed ? (member.Property as StringLiteral)?.Value : KeyName(member.Property);
                return key is null ? UnknownValue.Instance : Values.Member(Evaluate(member.Object), key);
            case CallExpression call:
                if (RequiredSpecifier(call) is { } required)
                {
                    return _specifiers.Load(_model.Path, required);
                }

                var callee = Unwrap(call.Callee);
                return callee is MemberExpression { Property: Identifier { Name: "then" or "catch" or "finally" } } chained
                       && Evaluate(chained.Object) is ModulePromise
                    ? UnknownValue.Instance
                    : Values.Result(CalleeBinding(callee), isNew: false);
            case NewExpression construction:
                return Values.Result(Evaluate(construction.Callee), isNew: true);
            case AwaitExpression await:
                var awaited = Evaluate(await.Argument);
                return awaited is ModulePromise promise ? promise.Module : awaited;
            case ImportExpression import:
                return LiteralText(import.Source) is { } specifier
                    ? new ModulePromise(_specifiers.Load(_model.Path, specifier))
                    : UnknownValue.Instance;
            case FunctionExpression or ArrowFunctionExpression:
                return new LocalFunction(Define(expression, name ?? NameOfExpression(expression), DefinitionKind.Function).Id);
            case ClassExpression type:
                return EnsureClass(type, name ?? (type.Id is { } id ? Qualify(id.Name) : null));
            case ObjectExpression literal:
                return EvaluateObject(literal, name);
            case ChainExpression or ParenthesizedExpression:
                return Evaluate(Unwrap(expression), name);
            case AssignmentExpression assignment:
                return Evaluate(assignment.Right, name);
            case SequenceExpression sequence when sequence.Expressions.Count > 0:
                return Evaluate(sequence.Expressions[sequence.Expressions.Count - 1], name);
            default:
                return UnknownValue.Instance;
        }
    }

    private Binding EvaluateObject(ObjectExpression literal, string? name)
    {
        var members = new Dictionary<string, Binding>(StringComparer.Ordinal);
        foreach (var member in literal.Properties)
        {
            if (member is not ObjectProperty { Computed: false } property || KeyName(property.Key) is not { } key)
            {
                continue;
            }

            members[key] = property.Value switch
            {
                FunctionExpression or ArrowFunctionExpression =>
                    new LocalFunction(Define(property.Value, PropertyName(name, key), property.Method || property.Kind is PropertyKind.Get or PropertyKind.Set ? DefinitionKind.Method : DefinitionKind.Function, property).Id),
                Expression value => Evaluate(value, PropertyName(name, key)),
                _ => UnknownValue.Instance,
            };
        }

        return new LocalObject(members);
    }

    private Binding Lookup(string name) =>
        _scope.Lookup(name) ?? (Globals.Contains(name) ? new GlobalValue(name) : UnknownValue.Instance);

    /// <summary>The specifier of `require("x")` when `require` is Node's (not shadowed) and x is a literal.</summary>
    private string? RequiredSpecifier(CallExpression call) =>
        call.Callee is Identifier { Name: "require" } && call.Arguments.Count == 1 && _scope.Lookup("require") is null
            ? LiteralText(call.Arguments[0])
            : null;

    private static string? LiteralText(Node? node) => node switch
    {
        StringLiteral literal => literal.Value,
        TemplateLiteral { Expressions.Count: 0, Quasis.Count: 1 } template => template.Quasis[0].Value.Cooked,
        _ => null,
    };
}
