using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;

namespace Sightline.Analysis.Python.Walk;

internal sealed partial class Walker
{
    /// <summary>Assignments, with-as and for targets: a plain name bound to a chain is evaluated later; anything else shadows.</summary>
    private void Bindings(int s, int e)
    {
        var scope = Current.Scope;
        var first = _tokens[s];
        if (first.IsName("for"))
        {
            for (var i = s + 1; i < e && !_tokens[i].IsName("in"); i++)
            {
                Shadow(scope, i);
            }

            return;
        }

        if (first.IsName("with"))
        {
            var part = s + 1;
            for (var i = s + 1; i < e; i = Next(i))
            {
                if (_tokens[i].IsName("as") && i + 1 < e && _tokens[i + 1].Kind == TokenKind.Name)
                {
                    Bind(scope, _tokens[i + 1].Text, Chain(part, i, out var end) is { Count: > 0 } chain && end == i ? Deferred(chain, scope) : Value.Unknown);
                }
                else if (_tokens[i].Is(","))
                {
                    part = i + 1;
                }
            }

            return;
        }

        var lastEquals = -1;
        for (var i = s; i < e; i = Next(i))
        {
            if (_tokens[i].Is("=") || _tokens[i].Is(":="))
            {
                lastEquals = i;
            }
        }

        if (lastEquals < 0)
        {
            return;
        }

        var rhs = Chain(lastEquals + 1, e, out var rhsEnd);
        var value = rhs.Count > 0 && rhsEnd == e ? Deferred(rhs, scope) : Value.Unknown;
        var target = s;
        for (var i = s; i < lastEquals; i = Next(i))
        {
            if (_tokens[i].Is("=") || _tokens[i].Is(":="))
            {
                Target(scope, target, i, value);
                target = i + 1;
            }
        }

        Target(scope, target, lastEquals, value);
    }

    private void Target(Scope scope, int s, int e, Value value)
    {
        if (e - s >= 1 && _tokens[s].Kind == TokenKind.Name && (e - s == 1 || _tokens[s + 1].Is(":")))
        {
            Bind(scope, _tokens[s].Text, value);
        }
        else if (e - s == 3 && _tokens[s].IsName("self") && _tokens[s + 1].Is(".") && _tokens[s + 2].Kind == TokenKind.Name
            && scope.Names.TryGetValue("self", out var self) && self is { Instance: true, Name: { } cls })
        {
            _model.Attributes[cls + "." + _tokens[s + 2].Text] = value;
        }
        else
        {
            for (var i = s; i < e; i++)
            {
                Shadow(scope, i);
            }
        }
    }

    private void Shadow(Scope scope, int i)
    {
        if (_tokens[i].Kind == TokenKind.Name && !Keywords.IsReserved(_tokens[i].Text) && (i == 0 || !_tokens[i - 1].Is(".")))
        {
            Bind(scope, _tokens[i].Text, Value.Unknown);
        }
    }

    private static void Bind(Scope scope, string name, Value value) => scope.Names[name] = value;

    private static Value Deferred(IReadOnlyList<Segment> chain, Scope scope) => new(null, Chain: chain, In: scope);

    /// <summary>The token after i, jumping over a bracketed group.</summary>
    private int Next(int i) => _match[i] > i ? _match[i] + 1 : i + 1;
}
