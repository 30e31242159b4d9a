using Acornima.Ast;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    /// <summary>
    /// An object literal: its function-valued properties are definitions named "object.key" (plain "key"
    /// for `module.exports = {...}`), stored in the object, so each is a Reference from the enclosing code.
    /// </summary>
    private void VisitObject(ObjectExpression literal, string? name, bool handlerObject)
    {
        foreach (var member in literal.Properties)
        {
            if (member is not ObjectProperty property)
            {
                Visit(member);
                continue;
            }

            if (property.Computed)
            {
                VisitExpression(property.Key);
            }

            var key = property.Computed ? null : KeyName(property.Key);
            switch (property.Value)
            {
                case FunctionExpression or ArrowFunctionExpression:
                    var definition = VisitFunction((IFunction)property.Value, PropertyName(name, key), property.Method || property.Kind is PropertyKind.Get or PropertyKind.Set ? DefinitionKind.Method : DefinitionKind.Function, reference: true, rangeNode: property);
                    if (handlerObject && key is not null && HttpRoutes.IsHandlerProperty(key))
                    {
                        definition.MarkEntry(EntryPointKind.HttpHandler);
                    }

                    break;
                case Identifier or MemberExpression:
                    VisitValue((Expression)property.Value, isArgument: false, isHandler: handlerObject && key is not null && HttpRoutes.IsHandlerProperty(key));
                    break;
                case Expression value:
                    VisitNamed(value, PropertyName(name, key), reference: true);
                    break;
            }
        }
    }

    private string? PropertyName(string? objectName, string? key) =>
        key is null ? null : objectName is null ? Qualify(key) : objectName.Length == 0 ? key : objectName + "." + key;
}
