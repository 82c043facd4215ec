using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>A request as the champions' list shows it.</summary>
public sealed record RequestRow(Guid Id, string Department, string PreferredDates, int AudienceSize, bool Escalated);

/// <summary>A meeting with its attendees' names, for champions and leads.</summary>
public sealed record MeetingRow(DateOnly HeldOn, IReadOnlyList<string> Attendees, string Actions);

/// <summary>
/// The reads and writes that keep champions active: briefing requests (routed to the department's champions by
/// email), the versioned briefing pack and the champions' meetings. Every change is audited.
/// </summary>
public sealed class ChampionProgramme(PortalDbContext db, AuditLog audit, TimeProvider time, IOptions<PortalOptions> options, IOptions<ReferenceData> reference)
{
    public DateOnly Today => LondonTime.Today(time);

    public IReadOnlyList<Department> Departments => reference.Value.Departments.Departments;

    public string DepartmentName(string slug) => Departments.FirstOrDefault(d => d.Slug == slug)?.Name ?? slug;

    public async Task<BriefingRequest> RequestAsync(ClaimsPrincipal user, string department, string preferredDates, int audienceSize, string? notes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var request = new BriefingRequest
        {
            Id = Guid.NewGuid(),
            Department = department,
            RequestedBy = user.UserId() ?? throw new InvalidOperationException("Requesting a briefing needs a signed-in person"),
            RequestedAt = now,
            PreferredDates = preferredDates.Trim(),
            AudienceSize = audienceSize,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        };
        db.Add(request);
        var champions = await db.Set<RoleGrant>().Where(g => g.Role == PortalRole.Champion && g.Scope == department)
            .Join(db.Users, g => g.UserId, u => u.Id, (_, u) => u.Email).Distinct().ToListAsync(cancellationToken);
        var page = new Uri(options.Value.PublicBaseUrl, $"champions/requests/{request.Id}");
        db.AddRange(champions.Select(to => ChampionEmails.Request(to, DepartmentName(department), page, now)));
        audit.Record(user, "briefing-request.made", nameof(BriefingRequest), request.Id.ToString(), detail: $"{department} audience {audienceSize}; {champions.Count} champions told");
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public Task<BriefingRequest?> FindRequestAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<BriefingRequest>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <returns>False when another champion accepted it first.</returns>
    public async Task<bool> AcceptAsync(ClaimsPrincipal user, BriefingRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accepted = await db.Set<BriefingRequest>().Where(r => r.Id == request.Id && r.AcceptedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.AcceptedAt, now).SetProperty(x => x.AcceptedBy, user.UserId()), cancellationToken);
        audit.Record(user, "briefing-request.accepted", nameof(BriefingRequest), request.Id.ToString(), accepted == 1 ? AuditOutcome.Allowed : AuditOutcome.Refused);
        await db.SaveChangesAsync(cancellationToken);
        return accepted == 1;
    }

    /// <summary>The requests of <paramref name="departments"/> (all when null) not yet accepted, oldest first.</summary>
    public async Task<IReadOnlyList<RequestRow>> OpenRequestsAsync(IReadOnlySet<string>? departments, CancellationToken cancellationToken)
    {
        var query = db.Set<BriefingRequest>().Where(r => r.AcceptedAt == null);
        if (departments is not null)
        {
            query = query.Where(r => departments.Contains(r.Department));
        }

        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.RequestedAt).Select(r => new RequestRow(r.Id, r.Department, r.PreferredDates, r.AudienceSize, r.EscalatedAt is not null))];
    }

    public async Task<string?> NameOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<BriefingPackVersion>> PackVersionsAsync(CancellationToken cancellationToken) =>
        (await db.Set<BriefingPackVersion>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(v => v.PublishedAt).ToList();

    /// <summary>Publishes a version and supersedes the current one; the job tells the champions, once each.</summary>
    public async Task PublishPackAsync(ClaimsPrincipal user, string label, DateOnly issuedOn, string changes, string link, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var current in await db.Set<BriefingPackVersion>().Where(v => v.SupersededAt == null).ToListAsync(cancellationToken))
        {
            current.SupersededAt = now;
        }

        var version = new BriefingPackVersion
        {
            Id = Guid.NewGuid(),
            Label = label.Trim(),
            IssuedOn = issuedOn,
            Changes = changes.Trim(),
            Link = link.Trim(),
            PublishedBy = user.UserId() ?? Guid.Empty,
            PublishedAt = now,
        };
        db.Add(version);
        audit.Record(user, "briefing-pack.published", nameof(BriefingPackVersion), version.Id.ToString(), detail: version.Label);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every champion, once however many departments they champion, for choosing meeting attendees.</summary>
    public async Task<IReadOnlyList<PortalUser>> AllChampionsAsync(CancellationToken cancellationToken)
    {
        var ids = db.Set<RoleGrant>().Where(g => g.Role == PortalRole.Champion).Select(g => g.UserId);
        return await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task RecordMeetingAsync(ClaimsPrincipal user, DateOnly heldOn, IReadOnlyCollection<Guid> attendees, string actions, CancellationToken cancellationToken)
    {
        var meeting = new ChampionsMeeting { Id = Guid.NewGuid(), HeldOn = heldOn, Actions = actions.Trim(), RecordedBy = user.UserId() ?? Guid.Empty, RecordedAt = time.GetUtcNow() };
        meeting.Attendees.AddRange(attendees.Distinct().Select(id => new ChampionsMeetingAttendee { MeetingId = meeting.Id, UserId = id }));
        db.Add(meeting);
        audit.Record(user, "champions-meeting.recorded", nameof(ChampionsMeeting), meeting.Id.ToString(),
            detail: string.Create(CultureInfo.InvariantCulture, $"{heldOn:yyyy-MM-dd} attendees {meeting.Attendees.Count}"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MeetingRow>> MeetingsAsync(CancellationToken cancellationToken)
    {
        var meetings = await db.Set<ChampionsMeeting>().Include(m => m.Attendees).AsNoTracking().OrderByDescending(m => m.HeldOn).ToListAsync(cancellationToken);
        var ids = meetings.SelectMany(m => m.Attendees.Select(a => a.UserId)).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. meetings.Select(m => new MeetingRow(m.HeldOn, [.. m.Attendees.Select(a => names.GetValueOrDefault(a.UserId) ?? "").Order(StringComparer.Ordinal)], m.Actions))];
    }

    /// <summary>What a new champion's checklist needs: whether they passed the champion course and how many sessions they ran.</summary>
    public async Task<(bool CourseDone, int Sessions)> FirstBriefingStateAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.Set<Certificate>().AnyAsync(c => c.UserId == userId && c.Course == ChampionReminders.ChampionCourse && !c.Revoked, cancellationToken),
         await db.Set<BriefingFacilitator>().CountAsync(f => f.UserId == userId, cancellationToken));
}
