using Sightline.Analysis.Go.Binding;
using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Walk;

internal sealed partial class FileWalker
{
    private Local? Lookup(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var local))
            {
                return local;
            }
        }

        return null;
    }

    private void Push() => _scopes.Add(new Dictionary<string, Local>(StringComparer.Ordinal));

    private void Pop() => _scopes.RemoveAt(_scopes.Count - 1);

    private void Declare(string name, GoType? type)
    {
        if (name != "_")
        {
            _scopes[^1][name] = new Local(type);
        }
    }

    private void DeclareFields(IReadOnlyList<Field> fields)
    {
        foreach (var field in fields)
        {
            var type = _binder.Resolve(field.Type, _context);
            foreach (var name in field.Names)
            {
                Declare(name.Name, type);
            }
        }
    }

    /// <summary>`var a, b T = …`, `a, err := f()`: declared type, each value's type, or the results of one call.</summary>
    private void DeclareFrom(IReadOnlyList<Expr> names, Expr? type, IReadOnlyList<Expr> values)
    {
        var declared = type is null ? null : _binder.Resolve(type, _context);
        IReadOnlyList<GoType?> results = type is null && values.Count == 1 && names.Count > 1 && values[0] is Call call
            ? _binder.ResultsOf(call, _context, _lookup)
            : [];
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is not Ident id)
            {
                continue;
            }

            var t = type is not null ? declared
                : values.Count == names.Count ? _binder.TypeOf(values[i], _context, _lookup)
                : i < results.Count ? results[i]
                : i == 0 && values.Count == 1 && values[0] is not Call ? _binder.TypeOf(values[0], _context, _lookup)
                : null;
            Declare(id.Name, t);
        }
    }
}
