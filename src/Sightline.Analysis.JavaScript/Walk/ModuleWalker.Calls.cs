using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    private void VisitCall(CallExpression call)
    {
        if (RequiredSpecifier(call) is { } required)
        {
            if (!_recordedRequires.Contains(call))
            {
                AddImport(required, alias: null, call);
            }

            return;
        }

        var callee = Unwrap(call.Callee);
        VisitCallee(callee);
        var binding = CalleeBinding(callee);
        var isHandler = false;
        ModulePromise? promise = null;
        if (callee is MemberExpression member)
        {
            var receiver = Evaluate(member.Object);
            isHandler = HttpRoutes.IsRegistration(member, receiver);
            if (receiver is ModulePromise modulePromise && member.Property is Identifier { Name: "then" })
            {
                promise = modulePromise;
            }
        }

        VisitArguments(call.Arguments, isHandler, promise);
        if (!_syntheticParens.Contains(OpenParen(callee)))
        {
            AddCall(CallKind.Unresolved, binding, isNew: false, Text(callee.Start, callee.End), CalleeOffset(callee));
        }
        else if (callee is Identifier or MemberExpression && (binding is LocalFunction or LocalClass || Values.IsDeferred(binding)))
        {
            // A JSX element `<Table …>`: React calls the component; it is passed, not called here.
            AddCall(CallKind.Reference, binding, isNew: false, Text(callee.Start, callee.End), callee.Start);
        }
    }

    /// <summary>`f.call(x)` and `f.apply(x)` call f itself.</summary>
    private Binding CalleeBinding(Expression callee)
    {
        if (callee is MemberExpression { Computed: false, Property: Identifier { Name: "call" or "apply" } } member)
        {
            var target = Evaluate(member.Object);
            if (target is LocalFunction || Values.IsDeferred(target))
            {
                return target;
            }
        }

        return Evaluate(callee);
    }

    /// <summary>The position a call is reported at: the called name (`merge` in `_.merge(x)`), else its opening parenthesis.</summary>
    private int CalleeOffset(Expression callee) => callee switch
    {
        Identifier identifier => identifier.Start,
        MemberExpression member => member.Property.Start,
        _ => OpenParen(callee),
    };

    private int OpenParen(Expression callee)
    {
        var i = callee.End;
        while (i < _parsed.Length && _parsed[i] != '(' && _parsed[i] != '`')
        {
            if (_parsed[i] == '/' && i + 1 < _parsed.Length && _parsed[i + 1] is '/' or '*')
            {
                var end = _parsed[i + 1] == '/' ? _parsed.IndexOf('\n', i) : _parsed.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
                i = end <= 0 ? _parsed.Length : end + 1;
                continue;
            }

            i++;
        }

        return Math.Min(i, Math.Max(0, _parsed.Length - 1));
    }

    /// <summary>Walks the parts of a callee that run, without taking the callee itself for a function passed as a value.</summary>
    private void VisitCallee(Expression callee)
    {
        switch (callee)
        {
            case Identifier or ThisExpression or Super:
                break;
            case MemberExpression member:
                VisitMemberParts(member);
                break;
            case FunctionExpression or ArrowFunctionExpression:
                VisitFunction((IFunction)callee, NameOfExpression(callee), DefinitionKind.Function, reference: false);
                break;
            case ChainExpression chain:
                VisitCallee(chain.Expression);
                break;
            default:
                VisitExpression(callee);
                break;
        }
    }

    private void VisitMemberParts(MemberExpression member)
    {
        switch (Unwrap(member.Object))
        {
            case Identifier or ThisExpression or Super:
                break;
            case MemberExpression inner:
                VisitMemberParts(inner);
                break;
            default:
                VisitExpression(member.Object);
                break;
        }

        if (member.Computed)
        {
            VisitExpression(member.Property);
        }
    }

    private void VisitArguments(in NodeList<Expression> arguments, bool isHandler, ModulePromise? promise)
    {
        foreach (var argument in arguments)
        {
            switch (argument)
            {
                case FunctionExpression or ArrowFunctionExpression:
                    var definition = VisitFunction((IFunction)argument, NameOfExpression(argument), DefinitionKind.Function, reference: true, firstParameter: promise?.Module);
                    if (isHandler)
                    {
                        definition.MarkEntry(EntryPointKind.HttpHandler);
                    }

                    break;
                case Identifier or MemberExpression:
                    VisitValue(argument, isArgument: true, isHandler);
                    break;
                case ObjectExpression literal when isHandler:
                    VisitObject(literal, name: null, handlerObject: true);
                    break;
                default:
                    VisitExpression(argument);
                    break;
            }
        }
    }
}
