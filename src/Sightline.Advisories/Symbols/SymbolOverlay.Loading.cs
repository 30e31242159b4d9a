using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Advisories.Osv;
using Sightline.Core.Model;

namespace Sightline.Advisories.Symbols;

public sealed partial class SymbolOverlay
{
    private const string ResourcePrefix = "Sightline.Advisories.Overlay.";

    // As OsvSource walks: links are not followed, hidden folders (.git) are skipped.
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    /// <summary>
    /// Reads a folder of overlay files (.json, .yaml, .yml; walked recursively) or one file. A file that cannot be
    /// used is a problem in <paramref name="report"/> and the others are still read.
    /// </summary>
    public static SymbolOverlay Load(string path, OsvReadReport report)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(report);
        var documents = new List<OverlayDocument>();
        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", Walk).Where(OsvParser.IsRecordFile).Order(StringComparer.Ordinal)
            : [path];
        var source = new OsvSource();
        foreach (var file in files)
        {
            foreach (var advisory in source.Read(file, report))
            {
                if (ToDocument(advisory, Path.GetFileNameWithoutExtension(file), report, file) is { } document)
                {
                    documents.Add(document);
                }
            }
        }

        return new SymbolOverlay(documents);
    }

    private static SymbolOverlay LoadBuiltIn()
    {
        var assembly = typeof(SymbolOverlay).Assembly;
        var report = new OsvReadReport();
        var documents = new List<OverlayDocument>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = resource[ResourcePrefix.Length..];
            var advisory = OsvSource.TryParse(file, file, () => assembly.GetManifestResourceStream(resource)!, report);
            if (advisory is not null && ToDocument(advisory, Path.GetFileNameWithoutExtension(file), report, file) is { } document)
            {
                documents.Add(document);
            }
        }

        // The built-in files are ours and tested: a broken one is a build defect, not user input.
        return report.Problems.Count == 0
            ? new SymbolOverlay(documents)
            : throw new InvalidOperationException("built-in symbol overlay is broken: " + string.Join("; ", report.Problems));
    }

    /// <summary>Every affected entry must name a supported package and imports that give symbols, or the file is not used.</summary>
    private static OverlayDocument? ToDocument(Core.Advisories.Advisory advisory, string name, OsvReadReport report, string file)
    {
        var packages = new List<OverlayPackage>();
        foreach (var affected in advisory.Affected)
        {
            var symbols = VulnerableSymbols.From(affected);
            var where = $"{advisory.Id}: {affected.EcosystemName}/{affected.Name}";
            if (affected.Ecosystem is not { } ecosystem || affected.Name.Trim().Length == 0)
            {
                report.Problems.Add(new OsvProblem(file, where + ": an overlay entry needs a package of a supported ecosystem"));
            }
            else if (symbols.Problems.Count > 0 || !symbols.HasSymbols)
            {
                report.Problems.Add(new OsvProblem(file, where + ": " + (symbols.Problems.Count > 0 ? string.Join("; ", symbols.Problems) : "no ecosystem_specific.imports")));
            }
            else
            {
                packages.Add(new OverlayPackage(ecosystem, PackageNames.Normalize(ecosystem, affected.Name), Imports(affected.EcosystemSpecificJson!, "overlay:" + name)));
            }
        }

        if (packages.Count < advisory.Affected.Count)
        {
            return null;
        }

        if (packages.Count == 0)
        {
            report.Problems.Add(new OsvProblem(file, advisory.Id + ": the overlay names no package with imports"));
            return null;
        }

        var ids = advisory.Aliases.Append(advisory.Id).Select(Key).ToHashSet(StringComparer.Ordinal);
        return new OverlayDocument(file, ids, packages);
    }

    /// <summary>Each imports entry as JSON text, marked with where it came from unless it already says so.</summary>
    private static List<OverlayImport> Imports(string ecosystemSpecific, string source)
    {
        var imports = new List<OverlayImport>();
        var array = JsonNode.Parse(ecosystemSpecific)!["imports"]!.AsArray();
        foreach (var node in array)
        {
            var entry = node!.AsObject();
            if (entry[VulnerableSymbols.SourceProperty] is null)
            {
                entry[VulnerableSymbols.SourceProperty] = source;
            }

            imports.Add(new OverlayImport(entry.ToJsonString(new JsonSerializerOptions { WriteIndented = false })));
        }

        return imports;
    }
}

/// <summary>One overlay file: the advisory ids it answers to (upper case) and its packages.</summary>
internal sealed record OverlayDocument(string File, HashSet<string> Ids, IReadOnlyList<OverlayPackage> Packages);

/// <summary>An affected package of an overlay file, its name normalised per ecosystem.</summary>
internal sealed record OverlayPackage(Ecosystem Ecosystem, string Name, IReadOnlyList<OverlayImport> Imports);

/// <summary>One imports entry, as the JSON text written into the advisory.</summary>
internal sealed record OverlayImport(string Json);
