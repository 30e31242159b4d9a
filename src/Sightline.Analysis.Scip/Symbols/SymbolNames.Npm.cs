namespace Sightline.Analysis.Scip.Symbols;

internal static partial class SymbolNames
{
    private static readonly string[] SourceExtensions =
        [".d.ts", ".d.mts", ".d.cts", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

    /// <summary>
    /// "npm @types/lodash 4.17.13 common/`string.d.ts`/`"../index"`/LoDashStatic#template()." → "lodash.template":
    /// the package (without @types/), the module (the file, or the module a `declare module` names,
    /// "index" and the package's own name dropped), then the runtime member path.
    /// </summary>
    private static SightlineName NpmName(ScipSymbol symbol)
    {
        var package = TypesPackage(symbol.Package);
        var file = FileIndex(symbol.Descriptors);
        var directory = symbol.Descriptors.Take(Math.Max(file, 0)).Select(d => d.Name).ToList();
        var stem = file >= 0 ? Stem(symbol.Descriptors[file].Name) : null;
        var rest = symbol.Descriptors.Skip(file + 1).ToList();

        string prefix;
        if (package == "typescript" && stem is not null && stem.StartsWith("lib.", StringComparison.Ordinal))
        {
            prefix = "globalThis";
        }
        else if (rest.FirstOrDefault(d => d.Suffix == DescriptorSuffix.Namespace && IsQuoted(d.Name)) is { Name: not null } declared)
        {
            prefix = DeclaredModule(package, directory, declared.Name[1..^1]);
        }
        else
        {
            prefix = Module(package, [.. directory, .. stem is null ? Array.Empty<string>() : [stem]]);
        }

        // The TypeScript library declares the runtime's globals as interfaces with a variable of the same
        // name (`interface JSON`, `declare var JSON: JSON`): there the type name is the runtime name.
        var bare = MemberNames(rest, keepTypes: prefix == "globalThis");
        var typed = MemberNames(rest, keepTypes: true);
        var name = Join(prefix, bare);
        var full = Join(prefix, typed);
        return new SightlineName(name, full == name ? [] : [full]);
    }

    private static string Join(string prefix, List<string> members) =>
        members.Count == 0 ? prefix : prefix + "." + string.Join('.', members);

    /// <summary>`declare module "../index"` (relative to the file) or `declare module "fs"` (@types/node: a builtin).</summary>
    private static string DeclaredModule(string package, List<string> directory, string specifier)
    {
        if (!specifier.StartsWith('.'))
        {
            return package == "node" ? "node:" + specifier.Replace("node:", "", StringComparison.Ordinal) : specifier.Replace('/', '.');
        }

        var parts = new List<string>(directory);
        foreach (var segment in specifier.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(Stem(segment));
            }
        }

        return Module(package, parts);
    }

    /// <summary>The package, then the module's path inside it unless it is the main module (index, or named after the package).</summary>
    private static string Module(string package, List<string> path)
    {
        if (path.Count > 0 && (path[^1] == "index" || path[^1] == package.Split('/')[^1]))
        {
            path.RemoveAt(path.Count - 1);
        }

        return path.Count == 0 ? package : package + "." + string.Join('.', path);
    }

    /// <summary>"@types/lodash" → "lodash", "@types/babel__core" → "@babel/core".</summary>
    private static string TypesPackage(string package)
    {
        if (!package.StartsWith("@types/", StringComparison.Ordinal))
        {
            return package;
        }

        var name = package["@types/".Length..];
        var split = name.IndexOf("__", StringComparison.Ordinal);
        return split > 0 ? "@" + name[..split] + "/" + name[(split + 2)..] : name;
    }

    private static string Stem(string file)
    {
        foreach (var extension in SourceExtensions)
        {
            if (file.EndsWith(extension, StringComparison.Ordinal))
            {
                return file[..^extension.Length];
            }
        }

        return file;
    }

    /// <summary>A module symbol: a TypeScript file namespace "src/`a.ts`/", Python's "`pkg.mod`/__init__:".</summary>
    public static bool IsModule(ScipSymbol symbol) =>
        symbol.Descriptors[^1] is { Suffix: DescriptorSuffix.Meta, Name: "__init__" }
        || FileIndex(symbol.Descriptors) == symbol.Descriptors.Count - 1;

    /// <summary>The descriptor naming the source file (the last namespace with a JS/TS extension), or -1.</summary>
    private static int FileIndex(IReadOnlyList<Descriptor> descriptors)
    {
        for (var i = descriptors.Count - 1; i >= 0; i--)
        {
            if (descriptors[i].Suffix == DescriptorSuffix.Namespace
                && SourceExtensions.Any(e => descriptors[i].Name.EndsWith(e, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
