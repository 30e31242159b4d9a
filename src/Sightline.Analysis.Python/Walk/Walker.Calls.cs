using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;

namespace Sightline.Analysis.Python.Walk;

internal sealed partial class Walker
{
    /// <summary>A dotted chain from s: Name (.name | (...) | [...])*; <paramref name="end"/> is the token after it.</summary>
    private List<Segment> Chain(int s, int e, out int end)
    {
        var chain = new List<Segment>();
        end = s;
        if (s >= e || _tokens[s].Kind != TokenKind.Name || Keywords.IsReserved(_tokens[s].Text))
        {
            return chain;
        }

        chain.Add(new Segment(_tokens[s].Text, s));
        var i = s + 1;
        while (i < e)
        {
            var t = _tokens[i];
            if (t.Is(".") && i + 1 < e && _tokens[i + 1].Kind == TokenKind.Name)
            {
                chain.Add(new Segment(_tokens[i + 1].Text, i + 1));
                i += 2;
            }
            else if ((t.Is("(") || t.Is("[")) && _match[i] > i && _match[i] < e)
            {
                chain.Add(new Segment(t.Is("(") ? null : "[]", i));
                i = _match[i] + 1;
            }
            else if (t.Is("(") && (_match[i] < 0 || _match[i] >= e))
            {
                // An unclosed call (a syntax error) is still a call of this callee.
                chain.Add(new Segment(null, i));
                i++;
                break;
            }
            else
            {
                break;
            }
        }

        end = i;
        return chain;
    }

    /// <summary>
    /// Every call in tokens [s, e): chains starting at a name record one call per call segment (at the
    /// chain's start, the callee being the chain up to it); a name used as a value is recorded as a
    /// possible reference (not in a class's list of bases); a call on anything else (a literal, a subscript result) is an unresolved call.
    /// </summary>
    private void ScanCalls(int s, int e, Scope scope, bool references = true)
    {
        var calls = new Stack<IReadOnlyList<Segment>?>();
        var callParens = new Dictionary<int, IReadOnlyList<Segment>>();
        for (var i = s; i < e; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Op)
            {
                if (t.Is("(") || t.Is("[") || t.Is("{"))
                {
                    calls.Push(callParens.GetValueOrDefault(i));
                    if (t.Is("(") && !callParens.ContainsKey(i) && i > s && IsCallable(_tokens[i - 1]))
                    {
                        var start = CalleeStart(i, s);
                        _model.Calls.Add(new RawCall(scope.Owner, scope, [], Text(start, i), _tokens[start].Line, _tokens[start].Column));
                    }
                }
                else if ((t.Is(")") || t.Is("]") || t.Is("}")) && calls.Count > 0)
                {
                    calls.Pop();
                }

                continue;
            }

            if (t.Kind != TokenKind.Name || Keywords.IsReserved(t.Text) || (i > s && (_tokens[i - 1].Is(".") || _tokens[i - 1].IsName("def") || _tokens[i - 1].IsName("class"))))
            {
                continue;
            }

            var chain = Chain(i, e, out var end);
            for (var k = 0; k < chain.Count; k++)
            {
                if (chain[k].IsCall)
                {
                    var paren = chain[k].Index;
                    callParens[paren] = chain[..k];
                    _model.Calls.Add(new RawCall(scope.Owner, scope, chain[..(k + 1)], Text(i, paren), t.Line, t.Column));
                }
            }

            // A name before '=' is assigned (or a keyword argument's name), not used as a value.
            var assigned = end < e && _tokens[end].Is("=");
            if (references && !chain[^1].IsCall && chain[^1].Name != "[]" && !assigned)
            {
                _model.Calls.Add(new RawCall(scope.Owner, scope, chain, string.Empty, t.Line, t.Column) { IsReference = true, ArgumentOf = calls.Count > 0 ? calls.Peek() : null });
            }
        }
    }

    private static bool IsCallable(Token previous) =>
        previous.Kind == TokenKind.String || previous.Is(")") || previous.Is("]") || previous.Is("}")
        || (previous.Kind == TokenKind.Name && !Keywords.IsReserved(previous.Text));

    /// <summary>Walks back over `.name` and bracketed groups to where the callee expression starts.</summary>
    private int CalleeStart(int paren, int s)
    {
        var p = paren - 1;
        while (p > s)
        {
            if (_tokens[p].Kind == TokenKind.Op && _match[p] >= s && _match[p] < p)
            {
                p = _match[p];
            }

            if (p > s + 1 && _tokens[p - 1].Is("."))
            {
                p -= 2;
                continue;
            }

            break;
        }

        return p;
    }
}
