using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.Osv;

namespace Sightline.Remediation.Targets;

public static partial class FixTargets
{
    /// <summary>
    /// One ascending pass over the candidates: the first safe one on the current line wins; otherwise the
    /// first safe one at all. Per-advisory outcomes are kept so a failure can name what has no fix.
    /// </summary>
    private sealed class Search
    {
        private Search(string? line, int advisories)
        {
            Line = line;
            FixedAlone = new bool[advisories];
            UnknownReasons = new string?[advisories];
        }

        /// <summary>The current version's major line ("2", "0.3"); null when its text has no leading number.</summary>
        public string? Line { get; }

        public IVersion? SameMajor { get; private set; }

        public IVersion? Lowest { get; private set; }

        /// <summary>Per advisory: some candidate is not affected by it (whatever the others say).</summary>
        public bool[] FixedAlone { get; }

        /// <summary>Per advisory: why a candidate could not be evaluated, the first time one could not.</summary>
        public string?[] UnknownReasons { get; }

        public static Search Run(Ecosystem ecosystem, string currentVersion, List<IVersion> candidates, List<ScopedAdvisory> scoped)
        {
            var search = new Search(MajorLine.Key(ecosystem, currentVersion), scoped.Count);
            var scheme = Versioning.VersionSchemes.For(ecosystem);
            foreach (var candidate in candidates)
            {
                if (search.Evaluate(VersionQuery.Create(candidate.Text, scheme), scoped))
                {
                    search.Lowest ??= candidate;
                    if (search.Line is not null && MajorLine.Key(ecosystem, candidate.Text) == search.Line)
                    {
                        search.SameMajor = candidate;
                        break;
                    }
                }
            }

            return search;
        }

        /// <summary>True when no advisory affects the version or cannot tell.</summary>
        private bool Evaluate(VersionQuery query, List<ScopedAdvisory> scoped)
        {
            var safe = true;
            for (var i = 0; i < scoped.Count; i++)
            {
                var (status, reason) = scoped[i].Evaluate(query);
                if (status == AffectedStatus.NotAffected)
                {
                    FixedAlone[i] = true;
                    continue;
                }

                safe = false;
                if (status == AffectedStatus.Unknown)
                {
                    UnknownReasons[i] ??= reason;
                }
            }

            return safe;
        }
    }
}
