using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Parsing;

namespace Sightline.Analysis.Python.Walk;

internal sealed partial class Walker
{
    /// <summary>One logical line, tokens [s, e).</summary>
    private void Statement(int s, int e)
    {
        var first = _tokens[s];
        if (first.Is("@"))
        {
            var decorator = Chain(s + 1, e, out _);
            _decorators.Add((decorator, first.Line));
            if (decorator is [.., { IsCall: false, Name: not "[]" }])
            {
                // `@shared_task` calls shared_task with the function, like `@app.route(...)` calls what route returns.
                var start = _tokens[s + 1];
                _model.Calls.Add(new RawCall(Current.Scope.Owner, Current.Scope, [.. decorator, new Segment(null, -1)], Text(s + 1, e), start.Line, start.Column));
                return;
            }

            ScanCalls(s + 1, e, Current.Scope);
            return;
        }

        if (first.IsName("async") && s + 1 < e)
        {
            s++;
            first = _tokens[s];
        }

        if ((first.IsName("def") || first.IsName("class")) && s + 1 < e && _tokens[s + 1].Kind == TokenKind.Name)
        {
            Definition(s, e, first.IsName("class"));
            return;
        }

        _decorators.Clear();
        if (first.IsName("import"))
        {
            Import(s + 1, e);
            return;
        }

        if (first.IsName("from"))
        {
            FromImport(s + 1, e);
            return;
        }

        if (first.IsName("if") && s + 4 <= e && _tokens[s + 1].IsName("__name__") && _tokens[s + 2].Is("==")
            && _tokens[s + 3].Kind == TokenKind.String && _tokens[s + 3].Text.Contains("__main__", StringComparison.Ordinal))
        {
            _model.HasMainBlock = true;
        }

        Bindings(s, e);
        ScanCalls(s, e, Current.Scope);
    }
}
