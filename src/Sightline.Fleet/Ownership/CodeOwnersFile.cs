namespace Sightline.Fleet.Ownership;

/// <summary>
/// A parsed CODEOWNERS file and owner lookup for repository paths, with GitHub's or GitLab's semantics.
/// Parsing never throws on bad input: what the platform would reject is in <see cref="Problems"/>.
/// Lookups are indexed (see <see cref="RuleIndex"/>) and safe to run from several threads at once.
/// </summary>
public sealed partial class CodeOwnersFile
{
    private readonly PathPattern[] _patterns;
    private readonly int[] _sectionOf;
    private readonly bool[] _sectionHasExclusions;
    private readonly IReadOnlyList<CodeOwnersRule>[] _alone;
    private readonly RuleIndex _index;

    private CodeOwnersFile(string path, CodeOwnersFlavor flavor, CodeOwnersParser parser)
    {
        Path = path;
        Flavor = flavor;
        var sections = parser.Sections;
        var entries = parser.Entries;
        Rules = [.. entries.Select(e => new CodeOwnersRule(e.Line, e.Pattern, e.Owners, sections[e.Section]?.Name, sections[e.Section]?.Optional ?? false)
        {
            Exclusion = e.Exclusion,
        })];
        Sections = [.. sections.Skip(1).Select(s => s!)];
        Problems = parser.Problems;
        _patterns = [.. entries.Select(e => e.Compiled)];
        _sectionOf = [.. entries.Select(e => e.Section)];
        _sectionHasExclusions = new bool[sections.Count];
        foreach (var entry in entries.Where(e => e.Exclusion))
        {
            _sectionHasExclusions[entry.Section] = true;
        }

        _alone = [.. Rules.Select(r => (IReadOnlyList<CodeOwnersRule>)[r])];
        _index = new RuleIndex(_patterns);
    }

    /// <summary>Where the file is in its repository, e.g. ".github/CODEOWNERS".</summary>
    public string Path { get; }

    public CodeOwnersFlavor Flavor { get; }

    /// <summary>The rules in file order (lines the platform would skip are not here but in <see cref="Problems"/>).</summary>
    public IReadOnlyList<CodeOwnersRule> Rules { get; }

    /// <summary>GitLab's named sections in order of first appearance; empty for GitHub.</summary>
    public IReadOnlyList<CodeOwnersSection> Sections { get; }

    public IReadOnlyList<CodeOwnersProblem> Problems { get; }

    public static CodeOwnersFile Parse(TextReader reader, string path, CodeOwnersFlavor flavor)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        var parser = new CodeOwnersParser(flavor);
        parser.Run(reader);
        return new CodeOwnersFile(path, flavor, parser);
    }

    /// <summary>Whether rule <paramref name="index"/>'s pattern matches a path, without the index: for tests and benchmarks.</summary>
    internal bool RuleMatches(int index, string path)
    {
        var scratch = MatchScratch.Current;
        scratch.Split(path);
        return _patterns[index].Matches(path, scratch.Starts, scratch.Lengths);
    }
}
