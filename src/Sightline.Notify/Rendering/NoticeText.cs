using System.Globalization;
using System.Text;

namespace Sightline.Notify.Rendering;

/// <summary>Wording shared by every format: severity, services, repository counts, one-line text.</summary>
internal static class NoticeText
{
    /// <summary>The severity band lower-cased, "unknown" when blank.</summary>
    public static string Band(NoticeAdvisory advisory) =>
        string.IsNullOrWhiteSpace(advisory.SeverityBand) ? "unknown" : OneLine(advisory.SeverityBand).ToLowerInvariant();

    /// <summary>"critical 10.0", or the band alone without a score.</summary>
    public static string Severity(NoticeAdvisory advisory) => advisory.Score is { } score
        ? Band(advisory) + " " + score.ToString("0.0", CultureInfo.InvariantCulture)
        : Band(advisory);

    /// <summary>Aliases other than the id itself, in the order given.</summary>
    public static IReadOnlyList<string> Aliases(NoticeAdvisory advisory) =>
        [.. advisory.Aliases.Where(a => !string.IsNullOrWhiteSpace(a) && !string.Equals(a, advisory.Id, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];

    public static int RepositoryCount(Notice notice) => notice.Findings.Select(f => f.Repository).Distinct(StringComparer.Ordinal).Count();

    public static string Repositories(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " repository" : " repositories");

    /// <summary>Production services first; otherwise in the order given (stable).</summary>
    public static IEnumerable<NoticeService> OrderedServices(NoticeFinding finding) => finding.Services.OrderBy(s => s.Production ? 0 : 1);

    public static bool InProduction(NoticeFinding finding) => finding.Services.Any(s => s.Production);

    /// <summary>"payments-api (production): prod, staging", before format escaping.</summary>
    public static string Service(NoticeService service)
    {
        var text = OneLine(service.Name) + (service.Production ? " (production)" : "");
        return service.Environments.Count == 0 ? text : text + ": " + string.Join(", ", service.Environments.Select(OneLine));
    }

    public static string FixedVersions(NoticeFinding finding) =>
        finding.FixedVersions.Count == 0 ? "no fix" : string.Join(", ", finding.FixedVersions.Select(OneLine));

    public static string Version(NoticeFinding finding) => string.IsNullOrWhiteSpace(finding.Version) ? "unknown" : OneLine(finding.Version);

    public static string Verdict(NoticeFinding finding) => string.IsNullOrWhiteSpace(finding.Verdict) ? "unknown" : OneLine(finding.Verdict);

    /// <summary>The advisory link when it is an absolute http(s) address; anything else is not a link.</summary>
    public static Uri? Link(NoticeAdvisory advisory) =>
        Uri.TryCreate(advisory.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    /// <summary>Line breaks, tabs and other control characters become single spaces: titles, cells and headings are one line.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters, ending in "…" when cut; never splits a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
