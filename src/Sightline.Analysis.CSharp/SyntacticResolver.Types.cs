using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sightline.Analysis.CSharp;

internal sealed partial class SyntacticResolver
{
    /// <summary>
    /// Fully qualified candidates for a type name as written where it does not bind: an alias's target,
    /// a qualified name as is, a simple name in each imported namespace that is not the repository's own
    /// (its types would have bound) — and, when that still leaves several, not one the references know.
    /// </summary>
    public IReadOnlyList<string> TypeCandidates(SyntaxNode type)
    {
        if (TypeNames.TryDotted(type) is not { } dotted)
        {
            return [];
        }

        if (type is AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global" })
        {
            return [dotted];
        }

        var usings = UsingsOf(type.SyntaxTree);
        var dot = dotted.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? dotted : dotted[..dot];
        foreach (var directive in usings)
        {
            if (directive.Alias == first)
            {
                return [directive.Target + dotted[first.Length..]];
            }
        }

        if (dot >= 0)
        {
            return [dotted];
        }

        var imported = usings
            .Where(u => u.Alias is null && !u.IsStatic && !namespaces.Contains(u.Target))
            .Select(u => u.Target)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (imported.Count > 1 && imported.Any(n => !IsKnownNamespace(n)))
        {
            imported.RemoveAll(IsKnownNamespace);
        }

        return [.. imported.Select(n => n + "." + dotted)];
    }

    /// <summary>The file's using directives (its own, inside namespaces too) and the project's global ones.</summary>
    private IReadOnlyList<UsingInfo> UsingsOf(SyntaxTree tree)
    {
        if (_usings.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        var usings = new List<UsingInfo>();
        var root = tree.GetRoot(cancellationToken);
        foreach (var directive in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
        {
            if (!directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && UsingInfo.From(directive) is { } info)
            {
                usings.Add(info);
            }
        }

        usings.AddRange(group.GlobalUsings);
        _usings[tree] = usings;
        return usings;
    }

    /// <summary>A namespace the runtime or a referenced package declares: a type missing from it is unlikely to live there.</summary>
    private bool IsKnownNamespace(string name)
    {
        if (RuntimeAssemblies.Namespaces.Contains(name))
        {
            return true;
        }

        if (!_knownNamespaces.TryGetValue(name, out var known))
        {
            INamespaceSymbol? ns = model.Compilation.GlobalNamespace;
            foreach (var part in name.Split('.'))
            {
                ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }

            known = ns is not null;
            _knownNamespaces[name] = known;
        }

        return known;
    }

    private bool BindsToType(string name) => model.Compilation.GetTypeByMetadataName(name) is not null;
}
