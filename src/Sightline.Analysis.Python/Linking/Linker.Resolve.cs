using Sightline.Analysis.Python.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Linking;

internal sealed partial class Linker
{
    private CodeCall? Resolve(RawCall raw)
    {
        if (raw.Fixed is { } id)
        {
            return new CodeCall(raw.Caller, raw.IsReference ? CallKind.Reference : CallKind.Local, id, raw.Text, raw.Line, raw.Column);
        }

        if (raw.IsReference)
        {
            var value = Evaluate(raw.Chain, raw.Chain.Count, raw.Scope, 0);
            return value is { Name: { } name } && !value.Instance && _definitions.Contains(Canonical(value, 0).Name!)
                ? new CodeCall(raw.Caller, CallKind.Reference, Canonical(value, 0).Name, string.Join('.', raw.Chain.Select(c => c.Name)), raw.Line, raw.Column)
                : null;
        }

        var unresolved = new CodeCall(raw.Caller, CallKind.Unresolved, null, raw.Text, raw.Line, raw.Column);
        if (raw.Chain.Count == 0)
        {
            return unresolved;
        }

        var callee = Evaluate(raw.Chain, raw.Chain.Count - 1, raw.Scope, 0);
        if (callee?.Name is null)
        {
            return Star(raw) ?? unresolved;
        }

        var canonical = Inherited(Canonical(callee, 0).Name!);
        if (_definitions.Contains(canonical))
        {
            return new CodeCall(raw.Caller, CallKind.Local, canonical, raw.Text, raw.Line, raw.Column);
        }

        return RepositoryModule(canonical) is null
            ? new CodeCall(raw.Caller, CallKind.External, canonical, raw.Text, raw.Line, raw.Column)
            : unresolved;
    }

    /// <summary>An unbound name in a module with star imports: each star-imported module may define it.</summary>
    private CodeCall? Star(RawCall raw)
    {
        var globals = raw.Scope;
        while (globals.Parent is not null)
        {
            globals = globals.Parent;
        }

        if (globals.StarModules.Count == 0 || raw.Chain.Count != 2 || raw.Chain[0].Name is not { } name || Lookup(name, raw.Scope, 0) is not null)
        {
            return null;
        }

        var candidates = globals.StarModules.Select(m => Canonical(Value.Of(m + "." + name), 0).Name!).Distinct(StringComparer.Ordinal).ToList();
        var local = candidates.FirstOrDefault(_definitions.Contains);
        return local is not null
            ? new CodeCall(raw.Caller, CallKind.Local, local, raw.Text, raw.Line, raw.Column)
            : new CodeCall(raw.Caller, CallKind.External, candidates.Count == 1 ? candidates[0] : null, raw.Text, raw.Line, raw.Column) { Candidates = candidates };
    }

    /// <summary>
    /// "pkg.C.m" where the repository's class C does not define m: the first base class (depth first, as
    /// Python's MRO mostly is) that defines it, or a package base's "pkg.Base.m". Unchanged when none does.
    /// </summary>
    private string Inherited(string name)
    {
        var dot = name.LastIndexOf('.');
        if (_definitions.Contains(name) || dot < 0 || !_classes.Contains(name[..dot]))
        {
            return name;
        }

        var member = name[dot..];
        var pending = new Stack<string>([name[..dot]]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0 && seen.Count < 64)
        {
            var cls = pending.Pop();
            if (!seen.Add(cls) || !_bases.TryGetValue(cls, out var bases))
            {
                continue;
            }

            var next = new List<string>();
            foreach (var chain in bases.Chains)
            {
                if (Evaluate(chain, chain.Count, bases.Scope, 0) is not { Name: not null } value)
                {
                    continue;
                }

                var baseName = Canonical(value, 0).Name!;
                if (_definitions.Contains(baseName + member) || (!_classes.Contains(baseName) && RepositoryModule(baseName) is null && !baseName.StartsWith("builtins.", StringComparison.Ordinal)))
                {
                    return baseName + member;
                }

                next.Add(baseName);
            }

            for (var i = next.Count - 1; i >= 0; i--)
            {
                pending.Push(next[i]);
            }
        }

        return name;
    }
}
