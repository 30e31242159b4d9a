using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;
using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Walk;

internal sealed partial class Walker
{
    /// <summary>
    /// def/class header: the definition's id is its qualifier plus its name ("pkg.mod.Class.method"); the
    /// header's defaults, annotations and bases are evaluated in the enclosing scope; parameters shadow in the
    /// new scope (self is an instance of the class, cls the class). A body on the same line closes it at once.
    /// </summary>
    private void Definition(int s, int e, bool isClass)
    {
        var outer = Current;
        var nameToken = _tokens[s + 1];
        var id = outer.Qualifier + "." + nameToken.Text;
        var inClass = outer.Scope.IsClass;
        var kind = isClass ? DefinitionKind.Constructor : inClass ? DefinitionKind.Method : DefinitionKind.Function;
        var line = _tokens[s].Line;
        var definition = new OpenDefinition(id, nameToken.Text, kind, line, _tokens[s].Column);
        Bind(outer.Scope, nameToken.Text, Value.Of(id));

        var colon = s + 2;
        while (colon < e && !_tokens[colon].Is(":"))
        {
            colon = Next(colon);
        }

        ScanCalls(s + 2, colon, outer.Scope, references: !isClass);
        var scope = new Scope(outer.Scope, isClass, isClass ? outer.Scope.Owner : id);
        if (isClass)
        {
            _model.Classes.Add(id);
            _model.Bases[id] = (BaseClasses(s + 2, colon), outer.Scope);
        }
        else
        {
            Parameters(s + 2, colon, scope, inClass ? outer.Qualifier : null);
        }

        if (_decorators.Count > 0)
        {
            foreach (var (chain, _) in _decorators)
            {
                _model.Decorators.Add((id, chain, outer.Scope));
            }

            _model.Calls.Add(new RawCall(outer.Scope.Owner, outer.Scope, [], nameToken.Text, nameToken.Line, nameToken.Column) { IsReference = true, Fixed = id });
            _decorators.Clear();
        }

        if (inClass && nameToken.Text == "__init__")
        {
            _model.Calls.Add(new RawCall(outer.Qualifier, outer.Scope, [], outer.Qualifier.Split('.')[^1] + ".__init__", nameToken.Line, nameToken.Column) { Fixed = id });
        }

        var block = new Block(scope, id, definition);
        if (colon + 1 < e)
        {
            _blocks.Push(block);
            Bindings(colon + 1, e);
            ScanCalls(colon + 1, e, scope);
            Close(_blocks.Pop());
            return;
        }

        _pending = block;
    }

    private void Parameters(int s, int e, Scope scope, string? cls)
    {
        if (s >= e || !_tokens[s].Is("("))
        {
            return;
        }

        var first = true;
        for (var i = s + 1; i < e && i != _match[s]; i = Next(i))
        {
            var t = _tokens[i];
            var prev = _tokens[i - 1];
            if (t.Kind != TokenKind.Name || !(prev.Is("(") || prev.Is(",") || prev.Is("*") || prev.Is("**")))
            {
                continue;
            }

            var value = first && cls is not null && !prev.Is("*") && !prev.Is("**")
                ? StaticOrClass() is { } decorator ? decorator == "classmethod" ? Value.Of(cls) : Value.Unknown : new Value(cls, Instance: true)
                : Value.Unknown;
            Bind(scope, t.Text, value);
            first = false;
        }

        string? StaticOrClass() =>
            _decorators.Select(d => d.Chain is [{ Name: "staticmethod" or "classmethod" } only] ? only.Name : null).FirstOrDefault(n => n is not null);
    }

    /// <summary>`class C(Base, pkg.Mixin, metaclass=M)`: the positional arguments that are dotted names.</summary>
    private List<IReadOnlyList<Segment>> BaseClasses(int s, int e)
    {
        var bases = new List<IReadOnlyList<Segment>>();
        if (s >= e || !_tokens[s].Is("(") || _match[s] < 0)
        {
            return bases;
        }

        var part = s + 1;
        for (var i = s + 1; i <= _match[s]; i = Next(i))
        {
            if (!_tokens[i].Is(",") && i != _match[s])
            {
                continue;
            }

            if (Chain(part, i, out var end) is { Count: > 0 } chain && end == i && chain.All(c => c is { IsCall: false, Name: not "[]" }))
            {
                bases.Add(chain);
            }

            part = i + 1;
        }

        return bases;
    }
}
