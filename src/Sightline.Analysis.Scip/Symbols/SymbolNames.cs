namespace Sightline.Analysis.Scip.Symbols;

/// <summary>A symbol in Sightline's naming: the name calls use, and type-qualified alternatives.</summary>
internal readonly record struct SightlineName(string Name, IReadOnlyList<string> Candidates);

/// <summary>
/// Converts SCIP symbols to Sightline's fully qualified names (docs/languages/scip.md, "Names"):
/// Python "module.path.Class.method" (the distribution name is not part of Python names), npm
/// "package.member" as the JavaScript analyser names them, and repository definitions' ids in the
/// form the built-in analyser of the language gives them.
/// </summary>
internal static partial class SymbolNames
{
    /// <summary>The external, fully qualified name of a symbol; null for local symbols and unknown managers.</summary>
    public static SightlineName? External(ScipSymbol symbol) => symbol.Manager switch
    {
        _ when symbol.IsLocal => null,
        "python" or "pip" or "pypi" => new SightlineName(PythonName(symbol), []),
        "npm" => NpmName(symbol),
        _ => new SightlineName(GenericName(symbol), []),
    };

    /// <summary>The id of a repository definition (and of a Local call to it).</summary>
    public static string DefinitionId(ScipSymbol symbol)
    {
        if (symbol.Manager == "npm" && FileIndex(symbol.Descriptors) is var file and >= 0)
        {
            // The JavaScript analyser's ids: "path/to/file.ts#Class.method".
            var path = string.Join('/', symbol.Descriptors.Take(file + 1).Select(d => d.Name));
            var members = MemberNames(symbol.Descriptors.Skip(file + 1), keepTypes: true);
            return path + "#" + (members.Count == 0 ? "<module>" : string.Join('.', members));
        }

        return symbol.Manager is "python" or "pip" or "pypi" ? PythonName(symbol) : GenericName(symbol);
    }

    /// <summary>"yaml/load()." → "yaml.load"; "`app.config`/Settings#__init__()." → "app.config.Settings.__init__".</summary>
    private static string PythonName(ScipSymbol symbol)
    {
        var parts = new List<string>();
        foreach (var d in symbol.Descriptors)
        {
            // "__init__:" is the module itself (its top-level code), not a member of it.
            if (d.Suffix is DescriptorSuffix.Parameter or DescriptorSuffix.TypeParameter
                || (d.Suffix == DescriptorSuffix.Meta && d.Name == "__init__"))
            {
                continue;
            }

            parts.Add(d.Name);
        }

        return string.Join('.', parts);
    }

    /// <summary>Any other manager: the descriptors' names, dotted, parameters left out.</summary>
    private static string GenericName(ScipSymbol symbol) =>
        string.Join('.', symbol.Descriptors
            .Where(d => d.Suffix is not (DescriptorSuffix.Parameter or DescriptorSuffix.TypeParameter))
            .Select(d => d.Name));

    private static List<string> MemberNames(IEnumerable<Descriptor> descriptors, bool keepTypes)
    {
        var list = descriptors.Where(d => d.Suffix is not (DescriptorSuffix.Parameter or DescriptorSuffix.TypeParameter)
            && !(d.Suffix == DescriptorSuffix.Namespace && IsQuoted(d.Name))).ToList();
        var names = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            // An interface or class that only holds the member ("LoDashStatic#template()") is a type, not a
            // runtime name: the JavaScript analyser names instance members after the package alone.
            if (!keepTypes && i < list.Count - 1 && list[i].Suffix is DescriptorSuffix.Type or DescriptorSuffix.Namespace)
            {
                continue;
            }

            // scip-typescript's "`<constructor>`()." is the JavaScript analyser's "Class.constructor".
            names.Add(list[i].Name == "<constructor>" ? "constructor" : list[i].Name);
        }

        return names;
    }

    private static bool IsQuoted(string name) => name.Length >= 2 && name[0] is '"' or '\'' && name[^1] == name[0];
}
