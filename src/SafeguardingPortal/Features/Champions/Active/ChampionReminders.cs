using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Jobs;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>
/// The champions' daily job: nudges after 90 days without a session, the first-briefing reminder, milestone
/// thanks, new-pack notices and the escalation of unaccepted requests. Each message is written as an outbox row
/// with a <see cref="ChampionNotice"/> in the same save, so it goes exactly once however often the job runs.
/// </summary>
public sealed class ChampionReminders(PortalDbContext db, TimeProvider time, IOptions<PortalOptions> options, IOptions<ReferenceData> reference, RoutingDataProvider routing) : IRecurringJob
{
    public const string ChampionCourse = "champion-running-a-briefing";

    /// <returns>How many notices were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = LondonTime.Date(now);
        var written = 0;
        var champions = await db.Set<RoleGrant>().AsNoTracking().Where(g => g.Role == PortalRole.Champion)
            .GroupBy(g => g.UserId).Select(g => new { UserId = g.Key, Since = g.Min(x => x.GrantedAt) })
            .ToListAsync(cancellationToken);
        var currentPack = await db.Set<BriefingPackVersion>().AsNoTracking().Where(v => v.SupersededAt == null)
            .OrderByDescending(v => v.PublishedAt).FirstOrDefaultAsync(cancellationToken);

        foreach (var champion in champions)
        {
            var sessions = await db.Set<BriefingFacilitator>().Where(f => f.UserId == champion.UserId)
                .Join(db.Set<Briefing>(), f => f.BriefingId, b => b.Id, (_, b) => b.HeldOn).ToListAsync(cancellationToken);
            var course = await db.Set<Certificate>().Where(c => c.UserId == champion.UserId && c.Course == ChampionCourse && !c.Revoked)
                .MaxAsync(c => (DateOnly?)c.CompletedOn, cancellationToken);

            // A gap without sessions starts when the person was both appointed and trained: nudging before either is unfair.
            var since = LondonTime.Date(champion.Since);
            var championSince = course is { } trained && trained > since ? trained : since;
            var sent = await db.Set<ChampionNotice>().Where(n => n.SubjectId == champion.UserId).Select(n => new { n.Kind, n.Key }).ToListAsync(cancellationToken);
            bool Sent(string kind, string key) => sent.Any(n => n.Kind == kind && n.Key == key);

            var due = new List<(string Kind, string Key, Func<string?, OutboxMessage> Message)>();
            var gapStarted = ChampionActivity.NudgeDue(sessions.Count == 0 ? null : sessions.Max(), championSince, today);
            if (gapStarted is { } gap && !Sent(ChampionEmails.NudgeKind, Key(gap)))
            {
                due.Add((ChampionEmails.NudgeKind, Key(gap), to => ChampionEmails.Nudge(to, Link("champions/briefings"), now)));
            }

            if (ChampionActivity.FirstBriefingReminderDue(course, sessions.Count, today) && !sent.Any(n => n.Kind == ChampionEmails.FirstBriefingKind))
            {
                due.Add((ChampionEmails.FirstBriefingKind, "", to => ChampionEmails.FirstBriefing(to, Link("champions/first-briefing"), now)));
            }

            var thanked = sent.Where(n => n.Kind == ChampionEmails.MilestoneKind).Select(n => int.Parse(n.Key, CultureInfo.InvariantCulture)).ToList();
            if (ChampionActivity.MilestoneToThank(sessions.Count, thanked) is { } milestone)
            {
                due.Add((ChampionEmails.MilestoneKind, milestone.ToString(CultureInfo.InvariantCulture), to => ChampionEmails.Milestone(to, milestone, Link("champions/briefings"), now)));
            }

            // Only champions who had the old pack are told of a new one; someone appointed since finds it on their page.
            if (currentPack is not null && champion.Since < currentPack.PublishedAt && !Sent(ChampionEmails.PackKind, currentPack.Id.ToString()))
            {
                due.Add((ChampionEmails.PackKind, currentPack.Id.ToString(), to => ChampionEmails.Pack(to, currentPack.Label, Link("champions/pack"), now)));
            }

            if (due.Count > 0)
            {
                var email = await db.Users.Where(u => u.Id == champion.UserId).Select(u => u.Email).SingleAsync(cancellationToken);
                written += await SaveAsync(champion.UserId, [.. due.Select(d => (d.Kind, d.Key, (IReadOnlyList<OutboxMessage>)[d.Message(email)]))], now, cancellationToken);
            }
        }

        return written + await EscalateAsync(today, now, cancellationToken);
    }

    /// <summary>Requests nobody accepted within five working days go to the department's lead, once.</summary>
    private async Task<int> EscalateAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = routing.Get().Calendar;
        var open = await db.Set<BriefingRequest>().Where(r => r.AcceptedAt == null && r.EscalatedAt == null).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var request in open.Where(r => today >= ChampionActivity.EscalateOn(LondonTime.Date(r.RequestedAt), calendar.IsWorkingDay)))
        {
            var department = reference.Value.Departments.Departments.FirstOrDefault(d => d.Slug == request.Department);
            var leads = await db.Set<RoleGrant>().Where(g => g.Role == PortalRole.DepartmentLead && g.Scope == request.Department)
                .Join(db.Users, g => g.UserId, u => u.Id, (_, u) => u.Email).Distinct().ToListAsync(cancellationToken);
            var recipients = leads.Count > 0 ? leads : department is { LeadMailbox.Length: > 0 } ? [department.LeadMailbox] : [];
            var page = Link($"champions/requests/{request.Id}");
            request.EscalatedAt = now;
            written += await SaveAsync(request.Id,
                [(ChampionEmails.EscalationKind, "", [.. recipients.Select(to => ChampionEmails.Escalation(to, department?.Name ?? request.Department, page, now))])],
                now, cancellationToken);
        }

        return written;
    }

    private async Task<int> SaveAsync(Guid subject, IReadOnlyList<(string Kind, string Key, IReadOnlyList<OutboxMessage> Messages)> notices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (kind, key, messages) in notices)
        {
            db.AddRange(messages);
            db.Add(new ChampionNotice { Id = Guid.NewGuid(), SubjectId = subject, Kind = kind, Key = key, OutboxMessageId = messages.Count > 0 ? messages[0].Id : Guid.Empty, SentAt = now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return notices.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance wrote these first; its rows stand and ours are dropped.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private Uri Link(string path) => new(options.Value.PublicBaseUrl, path);

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
