using Sightline.Analysis.Python.Model;
using Sightline.Analysis.Python.Walk;

namespace Sightline.Analysis.Python.Linking;

internal sealed partial class Linker
{
    /// <summary>What a chain stands for, or null when a step cannot be known (a call's unknown result, a subscript).</summary>
    private Value? Evaluate(IReadOnlyList<Segment> chain, int count, Scope scope, int depth)
    {
        if (depth > MaxDepth || count == 0 || Lookup(chain[0].Name!, scope, depth) is not { Name: not null } current)
        {
            return null;
        }

        for (var k = 1; k < count; k++)
        {
            var segment = chain[k];
            if (segment.IsCall)
            {
                var callee = Canonical(current, depth);
                if (!IsClass(callee.Name!))
                {
                    return null;
                }

                current = new Value(callee.Name, Instance: true);
            }
            else if (segment.Name == "[]")
            {
                return null;
            }
            else
            {
                var name = current.Name + "." + segment.Name;
                current = current.Instance && _attributes.TryGetValue(name, out var attribute)
                    ? Resolved(attribute, depth + 1)
                    : current.Instance ? Value.Of(name) : Canonical(Value.Of(name), depth);
                if (current?.Name is null)
                {
                    return null;
                }
            }
        }

        return current;
    }

    /// <summary>A name looked up as Python does: this scope, enclosing function scopes (not class bodies), the module, builtins.</summary>
    private Value? Lookup(string name, Scope scope, int depth)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if ((s == scope || !s.IsClass || s.Parent is null) && s.Names.TryGetValue(name, out var value))
            {
                return Resolved(value, depth + 1);
            }
        }

        return Keywords.IsBuiltin(name) ? Value.Of("builtins." + name) : null;
    }

    private Value? Resolved(Value value, int depth) =>
        value.Chain is { } chain && value.In is { } scope ? Evaluate(chain, chain.Count, scope, depth) : value;

    /// <summary>
    /// Follows re-exports through the repository's modules: "pkg.parse", where pkg/__init__.py imports parse
    /// from .helpers, becomes "pkg.helpers.parse"; a module-level instance ("pkg.app.app" = Flask(...)) becomes it.
    /// </summary>
    private Value Canonical(Value value, int depth)
    {
        if (value.Instance || value.Name is not { } name || depth > MaxDepth || RepositoryModule(name) is not { } module || module.Module == name)
        {
            return value;
        }

        var rest = name[(module.Module.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? rest : rest[..dot];
        if (!module.Globals.Names.TryGetValue(first, out var bound) || bound.Name == module.Module + "." + first)
        {
            return value;
        }

        var target = Resolved(bound, depth + 1);
        if (target?.Name is null)
        {
            return value;
        }

        return dot < 0 ? Canonical(target, depth + 1)
            : target.Instance ? Value.Of(target.Name + rest[dot..])
            : Canonical(Value.Of(target.Name + rest[dot..]), depth + 1);
    }

    /// <summary>A repository class, or by convention (CapWords) a package's class.</summary>
    private bool IsClass(string name)
    {
        if (_classes.Contains(name))
        {
            return true;
        }

        if (_definitions.Contains(name) || name.StartsWith("builtins.", StringComparison.Ordinal))
        {
            return false;
        }

        var last = name[(name.LastIndexOf('.') + 1)..];
        return last.Length > 0 && char.IsUpper(last[0]) && RepositoryModule(name) is null;
    }
}
