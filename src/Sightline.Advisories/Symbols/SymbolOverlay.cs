using Sightline.Core.Advisories;
using Sightline.Core.Model;

namespace Sightline.Advisories.Symbols;

/// <summary>
/// Curated vulnerable symbols for advisories that do not carry them: OSV-shaped files, each naming the advisory
/// (id or aliases) it enriches and the <c>imports</c> of its affected packages. <see cref="Apply"/> writes them
/// into the advisory's <c>ecosystem_specific</c>, so <see cref="VulnerableSymbols.From(Advisory)"/> and the stored
/// record see them. Applying is idempotent; a record that already names symbols keeps its own.
/// </summary>
public sealed partial class SymbolOverlay
{
    private static readonly Lazy<SymbolOverlay> BuiltInLazy = new(LoadBuiltIn);

    private readonly IReadOnlyList<OverlayDocument> _documents;

    internal SymbolOverlay(IReadOnlyList<OverlayDocument> documents) => _documents = documents;

    /// <summary>The overlay files shipped inside this assembly (src/Sightline.Advisories/Overlay).</summary>
    public static SymbolOverlay BuiltIn => BuiltInLazy.Value;

    public static SymbolOverlay Empty { get; } = new([]);

    /// <summary>The overlay files read, by file name: what <c>advisories import</c> reports.</summary>
    public IReadOnlyList<string> Files => [.. _documents.Select(d => d.File)];

    /// <summary>This overlay and <paramref name="other"/>; for one advisory package both add their symbols.</summary>
    public SymbolOverlay With(SymbolOverlay other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SymbolOverlay([.. _documents, .. other._documents]);
    }

    /// <summary>
    /// The advisory with the overlay's imports added to each affected entry that has no symbols of its own.
    /// Ranges, versions and the list of affected entries never change. The advisory itself is returned when no
    /// overlay file names it.
    /// </summary>
    public Advisory Apply(Advisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var keys = new HashSet<string>(advisory.Aliases.Append(advisory.Id).Select(Key), StringComparer.Ordinal);
        var matching = _documents.Where(d => d.Ids.Overlaps(keys)).ToList();
        if (matching.Count == 0)
        {
            return advisory;
        }

        var changed = false;
        var affected = new List<AffectedPackage>(advisory.Affected.Count);
        foreach (var entry in advisory.Affected)
        {
            var imports = ImportsFor(entry, advisory.Affected, matching);
            var merged = imports.Count == 0 ? entry : Merge(entry, imports);
            changed |= !ReferenceEquals(merged, entry);
            affected.Add(merged);
        }

        return changed ? advisory with { Affected = affected } : advisory;
    }

    /// <summary>
    /// The overlay imports for one entry: those of the overlay packages with its ecosystem and name, and those of
    /// overlay packages the advisory does not list at all, which belong to the advisory and so go to every entry of
    /// their ecosystem (Log4Shell: the log4j-api Logger calls go to the log4j-core entries).
    /// </summary>
    private static List<OverlayImport> ImportsFor(AffectedPackage entry, IReadOnlyList<AffectedPackage> all, List<OverlayDocument> matching)
    {
        var found = new List<OverlayImport>();
        if (entry.Ecosystem is not { } ecosystem)
        {
            return found;
        }

        var name = PackageNames.Normalize(ecosystem, entry.Name);
        foreach (var package in matching.SelectMany(d => d.Packages).Where(p => p.Ecosystem == ecosystem))
        {
            var listed = all.Any(a => a.Ecosystem == ecosystem && PackageNames.Normalize(ecosystem, a.Name) == package.Name);
            if (package.Name == name || !listed)
            {
                found.AddRange(package.Imports);
            }
        }

        return found;
    }

    internal static string Key(string id) => id.Trim().ToUpperInvariant();
}
