using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// The teams' work on a concern: every change is saved with its audit record in one transaction, and free text
/// is encrypted before it reaches the database. Callers check who may act (<see cref="CaseAccess"/>) first.
/// </summary>
public sealed class InboxService(
    PortalDbContext db,
    AuditLog audit,
    ConcernService concerns,
    IDataProtectionProvider protection,
    RoutingDataProvider routing,
    IOptions<ReferenceData> reference,
    PortalLinks links,
    TimeProvider time)
{
    /// <summary>The Data Protection purpose of the teams' free text; changing it makes old notes unreadable.</summary>
    public const string CaseTextPurpose = "SafeguardingPortal.Concerns.CaseText.v1";

    private IDataProtector Text => protection.CreateProtector(CaseTextPurpose);

    public string? Reveal(string? ciphertext) => ciphertext is null ? null : Text.Unprotect(ciphertext);

    /// <summary>The team's case, created (as New) the first time anyone acts on it.</summary>
    public async Task<TeamCase> CaseAsync(Concern concern, Team team) =>
        await db.Set<TeamCase>().Include(c => c.Notes).SingleOrDefaultAsync(c => c.ConcernId == concern.Id && c.Team == team)
        ?? db.Set<TeamCase>().Add(new TeamCase { Id = Guid.NewGuid(), ConcernId = concern.Id, Team = team, Status = CaseStatus.New }).Entity;

    /// <summary>Records that someone opened (or was refused) a concern; never what it says.</summary>
    public Task RecordViewAsync(ClaimsPrincipal user, Concern concern, AuditOutcome outcome) =>
        SaveAsync(user, "concern.viewed", concern, outcome, null);

    public Task RefuseAsync(ClaimsPrincipal user, string action, Concern concern, Team? team) =>
        SaveAsync(user, action, concern, AuditOutcome.Refused, team);

    public Task AcknowledgeAsync(ClaimsPrincipal user, Concern concern, TeamCase teamCase)
    {
        teamCase.Status = CaseStatus.Acknowledged;
        teamCase.AcknowledgedAt = time.GetUtcNow();
        teamCase.AcknowledgedBy = user.UserId();
        return SaveAsync(user, "case.acknowledged", concern, AuditOutcome.Allowed, teamCase.Team);
    }

    public Task DecideAsync(ClaimsPrincipal user, Concern concern, TeamCase teamCase, CaseDecision decision, string rationale)
    {
        teamCase.Status = CaseStatus.AwaitingSignOff;
        teamCase.Decision = decision;
        teamCase.ProtectedRationale = Text.Protect(rationale);
        teamCase.DecidedAt = time.GetUtcNow();
        teamCase.DecidedBy = user.UserId();
        return SaveAsync(user, "case.decided", concern, AuditOutcome.Allowed, teamCase.Team);
    }

    public Task SignOffAsync(ClaimsPrincipal user, Concern concern, TeamCase teamCase)
    {
        teamCase.Status = CaseStatus.Decided;
        teamCase.SignedOffAt = time.GetUtcNow();
        teamCase.SignedOffBy = user.UserId();
        return SaveAsync(user, "case.signed-off", concern, AuditOutcome.Allowed, teamCase.Team);
    }

    public Task AddNoteAsync(ClaimsPrincipal user, Concern concern, TeamCase teamCase, string note)
    {
        teamCase.Notes.Add(new CaseNote { AuthorId = user.UserId(), At = time.GetUtcNow(), ProtectedText = Text.Protect(note) });
        return SaveAsync(user, "case.note-added", concern, AuditOutcome.Allowed, teamCase.Team);
    }

    public Task SetFollowUpAsync(ClaimsPrincipal user, Concern concern, TeamCase teamCase, DateOnly? on)
    {
        teamCase.FollowUpOn = on;
        return SaveAsync(user, on is null ? "case.follow-up-done" : "case.follow-up-set", concern, AuditOutcome.Allowed, teamCase.Team);
    }

    public async Task CloseAsync(ClaimsPrincipal user, Concern concern, TeamCase teamCase, string outcome, int? feelsSafer, OutcomesMet? outcomesMet)
    {
        var now = time.GetUtcNow();
        teamCase.Status = CaseStatus.Closed;
        teamCase.ProtectedOutcome = Text.Protect(outcome);
        teamCase.FeelsSafer = feelsSafer;
        teamCase.OutcomesMet = outcomesMet;
        teamCase.ClosedAt = now;
        teamCase.ClosedBy = user.UserId();

        // The concern is closed when no team still holds it: the retention period starts then.
        var others = await db.Set<TeamCase>().Where(c => c.ConcernId == concern.Id && c.Id != teamCase.Id).ToListAsync();
        if (CaseAccess.TeamsOf(concern).All(team => team == teamCase.Team || others.Any(c => c.Team == team && c.Status is CaseStatus.Closed or CaseStatus.Transferred)))
        {
            concern.ClosedAt = now;
        }

        await SaveAsync(user, "case.closed", concern, AuditOutcome.Allowed, teamCase.Team);
    }

    /// <summary>Passes the concern to another team: it gets its own case and an email, as if routed there at first.</summary>
    public async Task RerouteAsync(ClaimsPrincipal user, Concern concern, TeamCase from, Team to, string reason)
    {
        from.Status = CaseStatus.Transferred;
        from.TransferredTo = to;
        from.ProtectedTransferReason = Text.Protect(reason);
        if (!CaseAccess.TeamsOf(concern).Contains(to))
        {
            concern.Destinations.Add(new ConcernDestination { Team = to, AuthorityCode = "E09000001", Action = RoutingAction.Referral });
        }

        var target = await CaseAsync(concern, to);
        if (target.Status is CaseStatus.Closed or CaseStatus.Transferred)
        {
            target.Status = CaseStatus.New;
        }

        var decision = StoredDecision(concern) with { Destinations = [new Destination(to, "E09000001", RoutingAction.Referral, null)] };
        db.AddRange(ConcernNotifications.For(concern, decision, StoredReporter(concern), reference.Value, links.InboxAbsolute()));
        await SaveAsync(user, "case.rerouted", concern, AuditOutcome.Allowed, from.Team, $"to={to}");
    }

    /// <summary>A quarantined report was real after all: the teams' clock starts now and their emails go out.</summary>
    public async Task ReleaseAsync(ClaimsPrincipal user, Concern concern)
    {
        concern.Status = ConcernStatus.New;
        concern.DecideBy = routing.Get().Calendar.NextWorkingDay(time.GetUtcNow());
        db.AddRange(ConcernNotifications.For(concern, StoredDecision(concern), StoredReporter(concern), reference.Value, links.InboxAbsolute()));
        await SaveAsync(user, "concern.released", concern, AuditOutcome.Allowed, null);
    }

    /// <summary>Not a real concern: kept with the reason (never deleted), so the decision can be reviewed.</summary>
    public Task RejectAsync(ClaimsPrincipal user, Concern concern, string reason)
    {
        concern.Status = ConcernStatus.Rejected;
        concern.ProtectedRejectionReason = Text.Protect(reason);

        // Closed, so the retention period starts: a rejected report is not kept for ever.
        concern.ClosedAt = time.GetUtcNow();
        return SaveAsync(user, "concern.rejected", concern, AuditOutcome.Allowed, null);
    }

    private static RoutingDecision StoredDecision(Concern concern) =>
        JsonSerializer.Deserialize<RoutingDecision>(concern.DecisionJson, ConcernsJson.Options)!;

    private Reporter StoredReporter(Concern concern) =>
        JsonNode.Parse(concerns.ReadAnswers(concern))!["request"]!["reporter"].Deserialize<Reporter>(ConcernsJson.Options)!;

    private async Task SaveAsync(ClaimsPrincipal user, string action, Concern concern, AuditOutcome outcome, Team? team, string? extra = null)
    {
        var detail = string.Join(' ', new[] { team is { } t ? $"team={t}" : null, extra }.OfType<string>());
        audit.Record(user, action, "concern", concern.Id.ToString(), outcome, detail.Length == 0 ? null : detail);
        await db.SaveChangesAsync();
    }
}
