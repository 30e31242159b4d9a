using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    private void VisitExpression(Expression? expression)
    {
        if (expression is null || !Enter())
        {
            return;
        }

        try
        {
            switch (expression)
            {
                case Identifier or MemberExpression:
                    VisitValue(expression, isArgument: false, isHandler: false);
                    break;
                case CallExpression call:
                    VisitCall(call);
                    break;
                case NewExpression construction:
                    VisitCallee(construction.Callee);
                    VisitArguments(construction.Arguments, isHandler: false, promise: null);
                    AddCall(CallKind.Unresolved, Evaluate(construction.Callee), isNew: true, Text(construction.Callee.Start, construction.Callee.End, "new "), construction.Start);
                    break;
                case TaggedTemplateExpression tagged:
                    VisitCallee(tagged.Tag);
                    VisitExpression(tagged.Quasi);
                    AddCall(CallKind.Unresolved, Evaluate(tagged.Tag), isNew: false, Text(tagged.Tag.Start, tagged.Tag.End), CalleeOffset(tagged.Tag));
                    break;
                case FunctionExpression or ArrowFunctionExpression:
                    VisitFunction((IFunction)expression, NameOfExpression(expression), DefinitionKind.Function, reference: true);
                    break;
                case ClassExpression type:
                    VisitClass(type, type.Id is { } id ? Qualify(id.Name) : null);
                    break;
                case ObjectExpression literal:
                    VisitObject(literal, name: null, handlerObject: false);
                    break;
                case AssignmentExpression assignment:
                    VisitAssignment(assignment);
                    break;
                case ImportExpression import:
                    if (LiteralText(import.Source) is { } specifier)
                    {
                        if (!_recordedRequires.Contains(import))
                        {
                            AddImport(specifier, alias: null, import);
                        }
                    }
                    else
                    {
                        VisitExpression(import.Source);
                    }

                    break;
                default:
                    VisitChildren(expression);
                    break;
            }
        }
        finally
        {
            Leave();
        }
    }

    private static string? NameOfExpression(Expression function) => function is FunctionExpression { Id: { } id } ? id.Name : null;

    /// <summary>
    /// A name or member used as a value: when it is a function of the repository (or may be, once files
    /// are linked), it is a Reference from the enclosing definition, reachable where it is passed.
    /// </summary>
    private void VisitValue(Expression value, bool isArgument, bool isHandler)
    {
        if (value is MemberExpression member)
        {
            VisitMemberParts(member);
        }

        var binding = Evaluate(value);
        if (binding is LocalFunction or LocalClass || Values.IsDeferred(binding)
            || (isArgument && binding is PackageValue { IsExportMember: true }))
        {
            AddCall(CallKind.Reference, binding, isNew: false, Text(value.Start, value.End), value.Start, isArgument, isHandler);
        }
    }

    private void VisitAssignment(AssignmentExpression assignment)
    {
        var left = assignment.Left;
        var path = left is MemberExpression leftMember ? MemberPath(leftMember) : null;
        var name = path switch
        {
            "module.exports" => assignment.Right is FunctionExpression { Id: { } id } ? id.Name : string.Empty,
            not null when ExportName(path) is { } exported => exported,
            not null when path.Contains(".prototype.", StringComparison.Ordinal) => Qualify(path.Replace(".prototype.", ".", StringComparison.Ordinal)),
            not null => Qualify(path),
            _ => left is Identifier identifier ? Qualify(identifier.Name) : null,
        };

        var functionName = name is { Length: 0 } ? "default" : name;
        if (assignment.Right is FunctionExpression or ArrowFunctionExpression or ClassExpression)
        {
            VisitNamed(assignment.Right, functionName, reference: left is MemberExpression);
        }
        else
        {
            VisitNamed(assignment.Right, name, reference: false);
        }

        var value = Evaluate(assignment.Right, assignment.Right is ObjectExpression ? name : functionName);
        switch (left)
        {
            case Identifier identifier:
                _scope.Assign(identifier.Name, assignment.Operator == Acornima.Operator.Assignment ? value : UnknownValue.Instance);
                break;
            case MemberExpression member:
                VisitMemberParts(member);
                if (path == "module.exports")
                {
                    _model.Exports["default"] = value;
                }
                else if (path is not null && ExportName(path) is { } exported)
                {
                    _model.Exports[exported] = value;
                }

                break;
            default:
                VisitPattern(left);
                BindPattern(left, UnknownValue.Instance, declare: false);
                break;
        }
    }

    /// <summary>"exports.x" and "module.exports.x" name export x.</summary>
    private static string? ExportName(string path) =>
        path.StartsWith("exports.", StringComparison.Ordinal) && path.IndexOf('.', 8) < 0 ? path[8..]
        : path.StartsWith("module.exports.", StringComparison.Ordinal) && path.IndexOf('.', 15) < 0 ? path[15..]
        : null;

    /// <summary>"a.b.c" for a member chain of plain names, else null.</summary>
    private static string? MemberPath(Expression expression) => expression switch
    {
        Identifier identifier => identifier.Name,
        ThisExpression => "this",
        MemberExpression { Computed: false, Property: Identifier property } member =>
            MemberPath(member.Object) is { } target ? target + "." + property.Name : null,
        _ => null,
    };

    private static Expression Unwrap(Expression expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ChainExpression chain:
                    expression = chain.Expression;
                    break;
                case ParenthesizedExpression parenthesized:
                    expression = parenthesized.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }
}
