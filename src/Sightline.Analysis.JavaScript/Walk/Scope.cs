using Sightline.Analysis.JavaScript.Model;

namespace Sightline.Analysis.JavaScript.Walk;

/// <summary>A lexical scope: names declared in it, and the scope around it.</summary>
internal sealed class Scope(Scope? parent, bool isFunction)
{
    private readonly Dictionary<string, Binding> _names = new(StringComparer.Ordinal);

    public Scope? Parent { get; } = parent;

    public Scope Function
    {
        get
        {
            var scope = this;
            while (!scope.IsFunction && scope.Parent is not null)
            {
                scope = scope.Parent;
            }

            return scope;
        }
    }

    private bool IsFunction { get; } = isFunction;

    public void Declare(string name, Binding binding) => _names[name] = binding;

    public Binding? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._names.TryGetValue(name, out var binding))
            {
                return binding;
            }
        }

        return null;
    }

    /// <summary>An assignment updates the scope that declared the name; undeclared names become globals of the file.</summary>
    public void Assign(string name, Binding binding)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._names.ContainsKey(name) || scope.Parent is null)
            {
                scope._names[name] = binding;
                return;
            }
        }
    }
}

/// <summary>The definition whose body is being walked: the caller of what is found in it.</summary>
internal sealed record Frame(string Id, string Qualifier, Binding This);
