using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sightline.Analysis.CSharp;

/// <summary>
/// The namespaces the repository's own code declares (and their parents): a using directive of one of
/// them never names a package, so it is not a candidate for an unbound type.
/// </summary>
internal sealed class RepositoryNamespaces
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public RepositoryNamespaces(IEnumerable<SyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            var root = tree.GetRoot();
            foreach (var declaration in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
            {
                var name = Qualified(declaration);
                for (var cut = name.Length; cut > 0; cut = name.LastIndexOf('.', cut - 1))
                {
                    _names.Add(name[..cut]);
                }
            }
        }
    }

    public bool Contains(string name) => _names.Contains(name);

    private static string Qualified(BaseNamespaceDeclarationSyntax declaration)
    {
        var name = TypeNames.Dotted(declaration.Name);
        for (var outer = declaration.Parent as BaseNamespaceDeclarationSyntax; outer is not null; outer = outer.Parent as BaseNamespaceDeclarationSyntax)
        {
            name = TypeNames.Dotted(outer.Name) + "." + name;
        }

        return name;
    }
}
