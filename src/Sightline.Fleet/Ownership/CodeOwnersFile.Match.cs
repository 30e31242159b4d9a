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
        return Flavor == CodeOwnersFlavor.GitHub ? LastMatch(path, scratch) : PerSection(path, scratch);
    }

    private OwnershipMatch LastMatch(string path, MatchScratch scratch)
    {
        for (var rule = scratch.NextCandidate(); rule >= 0; rule = scratch.NextCandidate())
        {
            if (_patterns[rule].Matches(path, scratch.Starts, scratch.Lengths))
            {
                return new OwnershipMatch(path, Rules[rule].Owners, _alone[rule]);
            }
        }

        return new OwnershipMatch(path, [], []);
    }

    private OwnershipMatch PerSection(string path, MatchScratch scratch)
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
        var decided = 0;
        for (var rule = scratch.NextCandidate(); rule >= 0; rule = scratch.NextCandidate())
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
            decided += state[section] == Decided ? 1 : 0;
            if (decided == state.Length)
            {
                // Every section has its winner: the remaining (earlier) candidates cannot change anything.
                break;
            }
        }

        if (found == 0)
        {
            return new OwnershipMatch(path, [], []);
        }

        var rules = new CodeOwnersRule[found];
        var next = 0;
        var ownerCount = 0;
        for (var section = 0; section < state.Length; section++)
        {
            if (state[section] != Undecided)
            {
                rules[next++] = Rules[winner[section]];
                ownerCount += rules[next - 1].Owners.Count;
            }
        }

        Array.Sort(rules, static (a, b) => a.Line.CompareTo(b.Line));
        return new OwnershipMatch(path, found == 1 ? rules[0].Owners : Union(rules, ownerCount), rules);
    }

    /// <summary>The owners of several rules, each once (compared without case), first occurrence first.</summary>
    private static List<string> Union(CodeOwnersRule[] rules, int capacity)
    {
        var owners = new List<string>(capacity);
        foreach (var rule in rules)
        {
            foreach (var owner in rule.Owners)
            {
                if (!Contains(owners, owner))
                {
                    owners.Add(owner);
                }
            }
        }

        return owners;
    }

    private static bool Contains(List<string> owners, string owner)
    {
        foreach (var known in owners)
        {
            if (string.Equals(known, owner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
