using System.Globalization;
using System.Text;

namespace Sightline.Notify.Rendering;

/// <summary>The human body of a notice in GitHub-flavoured Markdown: files, GitHub and GitLab issues.</summary>
internal static class MarkdownBody
{
    /// <summary>The whole notice, or its first <paramref name="shown"/> findings and a line counting the rest.</summary>
    public static string Write(Notice notice, int shown)
    {
        var advisory = notice.Advisory;
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownEscape.Text(NoticeTitle.Of(notice))).Append("\n\n");

        var id = MarkdownEscape.Text(advisory.Id);
        md.Append("**").Append(NoticeText.Link(advisory) is { } link ? "[" + id + "](" + MarkdownEscape.Destination(link) + ")" : id).Append("**");
        md.Append(" · severity: ").Append(MarkdownEscape.Text(NoticeText.Severity(advisory)));
        var aliases = NoticeText.Aliases(advisory);
        if (aliases.Count > 0)
        {
            md.Append(" · aliases: ").Append(string.Join(", ", aliases.Select(MarkdownEscape.Text)));
        }

        md.Append("\n\n");
        if (!string.IsNullOrWhiteSpace(advisory.Summary))
        {
            md.Append(MarkdownEscape.Text(advisory.Summary)).Append("\n\n");
        }

        var findings = notice.Findings.Take(shown).ToList();
        if (findings.Count > 0)
        {
            md.Append("| Repository | Manifest | Package | Version | Fixed in | Verdict | Services |\n");
            md.Append("|---|---|---|---|---|---|---|\n");
            foreach (var f in findings)
            {
                var services = f.Services.Count == 0 ? "-" : string.Join(", ", NoticeText.OrderedServices(f).Select(s => s.Name + (s.Production ? " (production)" : "")));
                md.Append("| ").AppendJoin(" | ", new[]
                {
                    f.Repository, f.Manifest, f.Package, NoticeText.Version(f), NoticeText.FixedVersions(f), NoticeText.Verdict(f), services,
                }.Select(Cell)).Append(" |\n");
            }

            md.Append('\n');
        }

        foreach (var f in findings)
        {
            Detail(md, f);
        }

        if (notice.Findings.Count > findings.Count)
        {
            md.Append(string.Create(CultureInfo.InvariantCulture, $"… and {notice.Findings.Count - findings.Count} more findings not shown.\n\n"));
        }

        if (notice.Plan is { } plan && !string.IsNullOrWhiteSpace(plan))
        {
            md.Append("## Plan\n\n").Append(MarkdownEscape.Block(plan)).Append("\n\n");
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The whole notice when it fits in <paramref name="maxChars"/>, else as many findings as fit.</summary>
    public static string Fit(Notice notice, int maxChars)
    {
        var all = Write(notice, notice.Findings.Count);
        if (all.Length <= maxChars)
        {
            return all;
        }

        // Binary search on the number of findings shown: the body grows with it.
        int low = 0, high = notice.Findings.Count - 1;
        var best = Write(notice, 0);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var body = Write(notice, mid);
            if (body.Length <= maxChars)
            {
                best = body;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return best.Length <= maxChars ? best : NoticeText.Truncate(best, maxChars);
    }

    private static void Detail(StringBuilder md, NoticeFinding f)
    {
        md.Append("## ").Append(MarkdownEscape.Text(f.Repository)).Append(" · ").Append(MarkdownEscape.Text(f.Manifest)).Append("\n\n");
        md.Append("- **Package:** ").Append(MarkdownEscape.Text(f.Package)).Append(' ').Append(MarkdownEscape.Text(NoticeText.Version(f)))
            .Append(" → ").Append(MarkdownEscape.Text(NoticeText.FixedVersions(f))).Append('\n');
        md.Append("- **Verdict:** ").Append(MarkdownEscape.Text(NoticeText.Verdict(f)));
        if (!string.IsNullOrWhiteSpace(f.VerdictDetail))
        {
            md.Append(" — ").Append(MarkdownEscape.Text(f.VerdictDetail));
        }

        md.Append('\n');
        if (f.Services.Count > 0)
        {
            md.Append("- **Services:** ").AppendJoin("; ", NoticeText.OrderedServices(f).Select(s => MarkdownEscape.Text(NoticeText.Service(s)))).Append('\n');
        }

        if (f.Owners.Count > 0)
        {
            md.Append("- **Owners:** ").AppendJoin(", ", f.Owners.Select(MarkdownEscape.Text)).Append('\n');
        }

        if (f.Path.Count > 0)
        {
            md.Append("- **Dependency path:** ").AppendJoin(" › ", f.Path.Select(MarkdownEscape.Text)).Append('\n');
        }

        if (f.Trace.Count > 0)
        {
            md.Append("- **Trace:**\n");
            for (var i = 0; i < f.Trace.Count; i++)
            {
                md.Append("  ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownEscape.Code(f.Trace[i])).Append('\n');
            }
        }

        md.Append('\n');
    }

    private static string Cell(string text) => MarkdownEscape.Text(text);
}
