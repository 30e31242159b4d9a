using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    /// <summary>Walks what runs inside a pattern: default values and computed keys.</summary>
    private void VisitPattern(Node? pattern)
    {
        switch (pattern)
        {
            case ObjectPattern objectPattern:
                foreach (var property in objectPattern.Properties)
                {
                    if (property is AssignmentProperty assignment)
                    {
                        if (assignment.Computed)
                        {
                            VisitExpression(assignment.Key);
                        }

                        VisitPattern(assignment.Value);
                    }
                    else
                    {
                        VisitPattern(property);
                    }
                }

                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    VisitPattern(element);
                }

                break;
            case AssignmentPattern assignment:
                VisitPattern(assignment.Left);
                VisitExpression(assignment.Right);
                break;
            case RestElement rest:
                VisitPattern(rest.Argument);
                break;
            case MemberExpression member:
                VisitMemberParts(member);
                break;
        }
    }

    private void BindPattern(Node? pattern, Binding value, bool declare, VariableDeclarationKind kind = VariableDeclarationKind.Let)
    {
        switch (pattern)
        {
            case Identifier identifier:
                if (!declare)
                {
                    _scope.Assign(identifier.Name, value);
                }
                else if (kind == VariableDeclarationKind.Var)
                {
                    _scope.Function.Declare(identifier.Name, value);
                }
                else
                {
                    _scope.Declare(identifier.Name, value);
                }

                break;
            case ObjectPattern objectPattern:
                foreach (var property in objectPattern.Properties)
                {
                    if (property is AssignmentProperty assignment)
                    {
                        var key = assignment.Computed ? null : KeyName(assignment.Key);
                        BindPattern(assignment.Value, key is null ? UnknownValue.Instance : Values.Member(value, key), declare, kind);
                    }
                    else if (property is RestElement rest)
                    {
                        BindPattern(rest.Argument, UnknownValue.Instance, declare, kind);
                    }
                }

                break;
            case ArrayPattern array:
                foreach (var element in array.Elements)
                {
                    BindPattern(element, UnknownValue.Instance, declare, kind);
                }

                break;
            case AssignmentPattern assignment:
                BindPattern(assignment.Left, value, declare, kind);
                break;
            case RestElement rest:
                BindPattern(rest.Argument, UnknownValue.Instance, declare, kind);
                break;
        }
    }

    private static string? KeyName(Node key) => key switch
    {
        Identifier identifier => identifier.Name,
        StringLiteral literal => literal.Value,
        NumericLiteral number => number.Raw,
        PrivateIdentifier privateName => "#" + privateName.Name,
        _ => null,
    };
}
