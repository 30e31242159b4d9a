using Acornima.Ast;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Walk;

internal sealed partial class ModuleWalker
{
    /// <summary>
    /// Walks a function as its own definition. <paramref name="reference"/>: the function is a value here
    /// (passed, stored, returned), so the enclosing definition gets a Reference to it.
    /// </summary>
    private DefinitionBuilder VisitFunction(IFunction function, string? name, DefinitionKind kind, bool reference,
        Binding? firstParameter = null, Binding? thisValue = null, Node? rangeNode = null)
    {
        var node = (Node)function;
        var definition = Define(node, name, kind, rangeNode);
        if (reference)
        {
            AddCall(CallKind.Reference, new LocalFunction(definition.Id), isNew: false, Text(node.Start, node.End), node.Start);
        }

        var savedFrame = _frame;
        var savedScope = _scope;
        var qualifier = name ?? _frame.Qualifier;
        var self = thisValue ?? (function is ArrowFunctionExpression ? _frame.This : UnknownValue.Instance);
        _frame = new Frame(definition.Id, qualifier, self);
        _scope = new Scope(savedScope, isFunction: true);
        try
        {
            if (function is FunctionExpression { Id: { } ownName })
            {
                _scope.Declare(ownName.Name, new LocalFunction(definition.Id));
            }

            var index = 0;
            foreach (var parameter in function.Params)
            {
                VisitPattern(parameter);
                BindPattern(parameter, index++ == 0 && firstParameter is not null ? firstParameter : UnknownValue.Instance, declare: true);
            }

            if (function.Body is FunctionBody body)
            {
                Prescan(body.Body);
                VisitAll(body.Body);
            }
            else if (function.Body is Expression expression)
            {
                VisitExpression(expression);
            }
        }
        finally
        {
            _frame = savedFrame;
            _scope = savedScope;
        }

        return definition;
    }

    /// <summary>
    /// Defines a class's methods and constructor before any body is walked, so `this.method()` resolves
    /// wherever it is called from. A class without a constructor gets one (field initialisers run in it).
    /// </summary>
    private LocalClass EnsureClass(IClass type, string? name)
    {
        var node = (Node)type;
        if (_classes.TryGetValue(node, out var existing))
        {
            return existing;
        }

        var (line, column) = _lines.Position(node.Start);
        var className = name ?? $"<class@{line}:{column}>";
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        string? constructorId = null;
        foreach (var element in type.Body.Body)
        {
            if (element is not ClassProperty { Computed: false } property || KeyName(property.Key) is not { } key)
            {
                continue;
            }

            var function = property.Value as IFunction;
            if (function is null || property is not (MethodDefinition or PropertyDefinition or AccessorProperty))
            {
                continue;
            }

            var isConstructor = property.Kind == PropertyKind.Constructor;
            var definition = Define((Node)function, className + "." + key, isConstructor ? DefinitionKind.Constructor : DefinitionKind.Method, property);
            if (isConstructor)
            {
                constructorId = definition.Id;
            }
            else
            {
                (property.Static ? statics : methods).TryAdd(key, definition.Id);
            }
        }

        constructorId ??= Define(type.Body, className + ".constructor", DefinitionKind.Constructor, node).Id;
        var super = type.SuperClass is null ? null : Evaluate(type.SuperClass);
        var result = new LocalClass(className, constructorId, methods, statics, super is LocalClass || (super is not null && Values.IsDeferred(super)) ? super : null);
        _classes[node] = result;
        return result;
    }

    private void VisitClass(IClass type, string? name)
    {
        var info = EnsureClass(type, name);
        foreach (var decorator in type.Decorators)
        {
            Visit(decorator);
        }

        VisitExpression(type.SuperClass);
        var instance = new LocalInstance(info);
        foreach (var element in type.Body.Body)
        {
            switch (element)
            {
                case ClassProperty property:
                    foreach (var decorator in Decorators(property))
                    {
                        Visit(decorator);
                    }

                    if (property.Computed)
                    {
                        VisitExpression(property.Key);
                    }

                    var self = property.Static ? (Binding)info : instance;
                    if (property.Value is IFunction function)
                    {
                        var key = property.Computed ? null : KeyName(property.Key);
                        var kind = property.Kind == PropertyKind.Constructor ? DefinitionKind.Constructor : DefinitionKind.Method;
                        VisitFunction(function, key is null ? null : info.Id + "." + key, kind, reference: key is null, thisValue: self, rangeNode: property);
                    }
                    else if (property.Value is { } value)
                    {
                        // Field initialisers run in the constructor; static ones when the class is defined.
                        InFrame(property.Static ? _frame : new Frame(info.ConstructorId, info.Id, instance), () => VisitExpression(value));
                    }

                    break;
                case StaticBlock block:
                    InFrame(_frame with { This = info }, () => InScope(() => VisitAll(block.Body)));
                    break;
            }
        }
    }

    private static NodeList<Decorator> Decorators(ClassProperty property) => property switch
    {
        MethodDefinition method => method.Decorators,
        PropertyDefinition field => field.Decorators,
        AccessorProperty accessor => accessor.Decorators,
        _ => default,
    };

    private void InFrame(Frame frame, Action walk)
    {
        var saved = _frame;
        _frame = frame;
        try
        {
            walk();
        }
        finally
        {
            _frame = saved;
        }
    }
}
