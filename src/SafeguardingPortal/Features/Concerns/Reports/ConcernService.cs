using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Monitoring;

namespace SafeguardingPortal.Features.Concerns.Reports;

/// <param name="Source">The <c>src</c> tag of the page the reporter arrived from, if any.</param>
/// <param name="QuarantineReason">Set when the submission looks automated: it is kept for a person to check.</param>
/// <param name="Routing">The routing data the request was validated against, when the caller has it already.</param>
/// <param name="Details">Answers the journey asks that do not affect routing (consent, the harmer's organisation), stored encrypted with the rest.</param>
/// <param name="Saving">Called with the new reference just before the one transaction commits, so the caller's own changes commit with it.</param>
public sealed record SubmitConcernOptions(
    RoutingRequest Request,
    string Description,
    ReporterContact? Contact,
    string? Source = null,
    string? QuarantineReason = null,
    RoutingData? Routing = null,
    object? Details = null,
    Action<string>? Saving = null);

public sealed record SubmittedConcern(string Reference, RoutingDecision Decision);

/// <summary>
/// Saves a report: decided at the moment it arrives, stored with its answers encrypted, and its notifications
/// written to the outbox in the same transaction — committed before the reporter is told it was received.
/// </summary>
public sealed class ConcernService(
    PortalDbContext db,
    RoutingDataProvider routing,
    ImportedPostcodes imported,
    IDataProtectionProvider protection,
    IOptions<ReferenceData> reference,
    PortalLinks links,
    TimeProvider time,
    PortalMetrics metrics,
    ILogger<ConcernService> logger)
{
    /// <summary>The Data Protection purpose of the stored answers; changing it makes old reports unreadable.</summary>
    public const string AnswersPurpose = "SafeguardingPortal.Concerns.Answers.v1";

    public async Task<SubmittedConcern> SubmitAsync(SubmitConcernOptions options, CancellationToken cancellationToken)
    {
        var request = options.Request;
        var receivedAt = time.GetUtcNow();
        var data = options.Routing ?? await routing.ForAsync(request.People.Select(p => p.Home.Postcode).Append(request.Harmer?.EmployerPostcode), imported, cancellationToken);
        var decision = Router.Decide(request, receivedAt, data);
        var answers = JsonSerializer.Serialize(new { request, description = options.Description.Trim(), contact = request.Reporter.Anonymous ? null : options.Contact, details = options.Details }, ConcernsJson.Options);

        var concern = new Concern
        {
            Id = Guid.NewGuid(),
            Reference = await UnusedReferenceAsync(cancellationToken),
            ReceivedAt = receivedAt,
            Status = options.QuarantineReason is null ? ConcernStatus.New : ConcernStatus.Quarantined,
            QuarantineReason = options.QuarantineReason,
            Urgency = decision.Urgency,
            ReporterRole = request.Reporter.Role,
            Anonymous = request.Reporter.Anonymous,
            Source = options.Source,
            CategoryMask = CategoryMask.Of(request.People.SelectMany(p => p.Categories)),
            DecideBy = decision.NextWorkingDay,
            RulesFired = string.Join(' ', decision.Rules),
            ReferenceDataVersion = data.Version,
            DecisionJson = JsonSerializer.Serialize(decision, ConcernsJson.Options),
            ProtectedAnswers = protection.CreateProtector(AnswersPurpose).Protect(answers),
            Destinations = [.. decision.Destinations.Select(d => new ConcernDestination { Team = d.Team, AuthorityCode = d.AuthorityCode, Action = d.Action, PersonIndex = d.PersonIndex })],
        };
        db.Add(concern);

        // A quarantined report reaches the teams only when a person releases it, and acknowledges nobody: a bot must not
        // be able to make the portal email addresses of its choosing.
        if (concern.Status == ConcernStatus.New)
        {
            db.AddRange(ConcernNotifications.For(concern, decision, request.Reporter, reference.Value, links.InboxAbsolute()));
            if (!request.Reporter.Anonymous && options.Contact?.Email is { } email)
            {
                db.Add(ReporterAcknowledgement.For(concern, email, reference.Value));
            }
        }

        options.Saving?.Invoke(concern.Reference);
        await db.SaveChangesAsync(cancellationToken);
        metrics.Submitted(concern);
        if (options.QuarantineReason is not null)
        {
            // The reference and the reason only: nothing the reporter wrote.
            logger.LogWarning("Report {Reference} was quarantined for a person to check: {Reason}", concern.Reference, options.QuarantineReason);
        }

        return new SubmittedConcern(concern.Reference, decision);
    }

    /// <summary>
    /// A reference no report has yet. 40 random bits make a repeat rare but not impossible over years of reports;
    /// the unique index stays as the last guard.
    /// </summary>
    private async Task<string> UnusedReferenceAsync(CancellationToken cancellationToken)
    {
        var reference = ConcernReference.New();
        while (await db.Set<Concern>().AnyAsync(c => c.Reference == reference, cancellationToken))
        {
            reference = ConcernReference.New();
        }

        return reference;
    }

    /// <summary>The stored answers of a concern, decrypted; throws when the ciphertext was tampered with.</summary>
    public string ReadAnswers(Concern concern) =>
        concern.AnonymisedAt is null ? protection.CreateProtector(AnswersPurpose).Unprotect(concern.ProtectedAnswers) : "{}";
}
