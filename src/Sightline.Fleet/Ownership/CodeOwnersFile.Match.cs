namespace Sightline.Fleet.Ownership;

public sealed partial class CodeOwnersFile
{
    private const int Undecided = 0;
    private const int Tentative = 1;
    private const int Decided = 2;

    /// <summary>
    /// The owners of a repository-relative path ('/' separators). GitHub: the last matching rule of the
    /// file. GitLab: the last matching rule of each section (none for a section where an exclusion matches
    /// the path), owners united across sections.
    /// </summary>
    public OwnershipMatch Match(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var scratch = MatchScratch.Current;
        scratch.Split(path);
        _index.Collect(path, scratch);
        var candidates = scratch.SortedCandidates();
        return Flavor == CodeOwnersFlavor.GitHub ? LastMatch(path, scratch, candidates) : PerSection(path, scratch, candidates);
    }

    private OwnershipMatch LastMatch(string path, MatchScratch scratch, ReadOnlySpan<int> candidates)
    {
        foreach (var rule in candidates)
        {
            if (_patterns[rule].Matches(path, scratch.Starts, scratch.Lengths))
            {
                return new OwnershipMatch(path, Rules[rule].Owners, _alone[rule]);
            }
        }

        return new OwnershipMatch(path, [], []);
    }

    private OwnershipMatch PerSection(string path, MatchScratch scratch, ReadOnlySpan<int> candidates)
    {
        if (scratch.SectionState.Length < _sectionHasExclusions.Length)
        {
            scratch.SectionState = new int[_sectionHasExclusions.Length];
            scratch.SectionWinner = new int[_sectionHasExclusions.Length];
        }

        var state = scratch.SectionState.AsSpan(0, _sectionHasExclusions.Length);
        var winner = scratch.SectionWinner;
        state.Clear();
        var found = 0;
        foreach (var rule in candidates)
        {
            var section = _sectionOf[rule];
            var exclusion = Rules[rule].Exclusion;
            if (state[section] == Decided || (state[section] == Tentative && !exclusion)
                || !_patterns[rule].Matches(path, scratch.Starts, scratch.Lengths))
            {
                continue;
            }

            // An exclusion anywhere in the section wins over every entry of the section, before or after it.
            found += state[section] == Undecided ? 1 : 0;
            winner[section] = rule;
            state[section] = exclusion || !_sectionHasExclusions[section] ? Decided : Tentative;
        }

        if (found == 0)
        {
            return new OwnershipMatch(path, [], []);
        }

        var rules = new List<CodeOwnersRule>(found);
        for (var section = 0; section < state.Length; section++)
        {
            if (state[section] != Undecided)
            {
                rules.Add(Rules[winner[section]]);
            }
        }

        rules.Sort(static (a, b) => a.Line.CompareTo(b.Line));
        var owners = new List<string>();
        foreach (var owner in rules.SelectMany(r => r.Owners))
        {
            if (!owners.Contains(owner, StringComparer.OrdinalIgnoreCase))
            {
                owners.Add(owner);
            }
        }

        return new OwnershipMatch(path, owners, rules);
    }
}
