using System.Security.Cryptography;
using Sightline.Notify;
using Sightline.Store;

namespace Sightline.Engine.Notifications;

/// <summary>
/// Sends each team's notice to its target and records every finding sent, delivered or not, with who
/// sent it, when, what and the outcome. A finding already delivered to a team is left out of the next
/// notice unless <c>resend</c>; a team whose findings were all delivered gets no message.
/// </summary>
public sealed class Notifier(SightlineStore store, NotificationRouter router, NoticeSender sender, string sentBy, TimeProvider? clock = null)
{
    public async Task<IReadOnlyList<NotifyOutcome>> SendAsync(IReadOnlyList<Notice> notices, bool resend, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var ids = notices.Select(n => n.Advisory.Id).ToHashSet(StringComparer.Ordinal);
        var delivered = store.LoadNotifications(ids).Where(r => r.Delivered).Select(r => (r.AdvisoryId, r.Team, r.FindingKey)).ToHashSet();
        var outcomes = new List<NotifyOutcome>();
        foreach (var full in notices)
        {
            var fresh = resend ? full.Findings : [.. full.Findings.Where(f => !delivered.Contains((full.Advisory.Id, full.Team, f.Key)))];
            if (fresh.Count == 0)
            {
                outcomes.Add(new NotifyOutcome(full.Team, null, 0, full.Findings.Count, NotifyStatus.AlreadySent, "already notified: every finding was delivered before (--resend to send again)", null));
                continue;
            }

            var notice = full with { Findings = fresh };
            var skipped = full.Findings.Count - fresh.Count;
            var (target, problem) = router.For(notice.Team);
            if (target is null)
            {
                outcomes.Add(new NotifyOutcome(notice.Team, null, fresh.Count, skipped, NotifyStatus.NoTarget, problem!, null));
                continue;
            }

            if (dryRun)
            {
                outcomes.Add(new NotifyOutcome(notice.Team, target.Name, fresh.Count, skipped, NotifyStatus.DryRun, NoticeRenderer.Title(notice), null));
                continue;
            }

            var result = await sender.SendAsync(notice, target, cancellationToken);
            Record(notice, target, result);
            outcomes.Add(new NotifyOutcome(notice.Team, target.Name, fresh.Count, skipped, result.Delivered ? NotifyStatus.Delivered : NotifyStatus.Failed, result.Outcome, result.Location));
        }

        return outcomes;
    }

    private void Record(Notice notice, NotificationTarget target, DeliveryResult result)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(NoticeRenderer.Render(notice, target.Format)));
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var title = NoticeRenderer.Title(notice);
        store.RecordNotifications([.. notice.Findings.Select(f => new NotificationRecord(notice.Advisory.Id, notice.Team, f.Key, target.Name,
            target.Format.ToString(), now, sentBy, result.Delivered, result.Attempts, result.Outcome, result.Location, title, hash))]);
    }
}

public enum NotifyStatus
{
    Delivered,
    Failed,
    AlreadySent,
    NoTarget,
    DryRun,
}

/// <summary>What happened to one team's notice.</summary>
public sealed record NotifyOutcome(string Team, string? Target, int Findings, int AlreadySent, NotifyStatus Status, string Detail, string? Location);
