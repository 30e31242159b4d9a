using System.Globalization;
using System.Text;

namespace Sightline.Notify.Rendering;

/// <summary>"[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 2 repositories of team-payments — reachable in production".</summary>
internal static class NoticeTitle
{
    /// <summary>GitLab's limit (GitHub allows 256): one title fits every target.</summary>
    public const int MaxLength = 255;

    private const int AliasesShown = 2;

    public static string Of(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var advisory = notice.Advisory;
        var title = new StringBuilder();
        title.Append('[').Append(NoticeText.Band(advisory)).Append("] ").Append(NoticeText.OneLine(advisory.Id));
        var aliases = NoticeText.Aliases(advisory);
        if (aliases.Count > 0)
        {
            title.Append(" (").AppendJoin(", ", aliases.Take(AliasesShown).Select(NoticeText.OneLine));
            if (aliases.Count > AliasesShown)
            {
                title.Append(string.Create(CultureInfo.InvariantCulture, $", +{aliases.Count - AliasesShown}"));
            }

            title.Append(')');
        }

        title.Append(" affects ").Append(NoticeText.Repositories(NoticeText.RepositoryCount(notice))).Append(" of ").Append(NoticeText.OneLine(notice.Team));
        if (notice.Findings.Count > 0)
        {
            // Findings come most urgent first: the first one's verdict is the notice's headline.
            var verdict = NoticeText.Verdict(notice.Findings[0]);
            title.Append(" — ").Append(verdict);
            if (notice.Findings.Any(f => NoticeText.Verdict(f) == verdict && NoticeText.InProduction(f)))
            {
                title.Append(" in production");
            }
        }

        return NoticeText.Truncate(title.ToString(), MaxLength);
    }
}
