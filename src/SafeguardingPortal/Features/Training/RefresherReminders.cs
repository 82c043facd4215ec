using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Data;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Jobs;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Training;

/// <summary>
/// Writes the refresher reminders that are due as outbox rows, each with its record in the same save. Only a
/// learner's newest certificate for a course is reminded about: completing the refresher stops the reminders.
/// </summary>
public sealed class RefresherReminders(PortalDbContext db, TimeProvider time, IOptions<PortalOptions> options) : IRecurringJob
{
    public const string Kind = "training-refresher";

    /// <returns>How many reminders were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = LondonTime.Date(now);

        // The first reminder is 60 days before the due day: nothing later than that can be due yet.
        var horizon = today.AddDays(60);
        var candidates = await db.Set<Certificate>().AsNoTracking()
            .Where(c => !c.Revoked && c.ExpiresOn <= horizon)
            .Where(c => !db.Set<Certificate>().Any(newer => newer.UserId == c.UserId && newer.Course == c.Course && newer.CompletedOn > c.CompletedOn))
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var certificate in candidates)
        {
            var sent = (await db.Set<RefresherReminder>().Where(r => r.CertificateId == certificate.Id).Select(r => r.Kind).ToListAsync(cancellationToken)).ToHashSet();
            var due = Refreshers.DueBy(certificate.ExpiresOn, today, sent);
            if (due.Count == 0)
            {
                continue;
            }

            var email = await db.Users.Where(u => u.Id == certificate.UserId).Select(u => u.Email).SingleAsync(cancellationToken);
            foreach (var kind in due)
            {
                var message = Message(certificate, kind, email, now);
                db.Add(message);
                db.Add(new RefresherReminder { Id = Guid.NewGuid(), CertificateId = certificate.Id, Kind = kind, OutboxMessageId = message.Id, SentAt = now });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written += due.Count;
            }
            catch (DbUpdateException)
            {
                // Another instance wrote these reminders first; its rows stand and ours are dropped.
                db.ChangeTracker.Clear();
            }
        }

        return written;
    }

    private OutboxMessage Message(Certificate certificate, ReminderKind kind, string? email, DateTimeOffset now)
    {
        var due = certificate.ExpiresOn.ToString("d MMMM yyyy");
        var subject = kind switch
        {
            ReminderKind.SixtyDaysBefore or ReminderKind.ThirtyDaysBefore => $"Your {certificate.CourseTitle} training is due for a refresher on {due}",
            ReminderKind.DueDay => $"Your {certificate.CourseTitle} training is due for a refresher today",
            _ => $"Your {certificate.CourseTitle} training has expired",
        };
        var body = $"""
            Hello {certificate.HolderName},

            {subject}. Take the course again to stay in date:
            {new Uri(options.Value.PublicBaseUrl, "training").AbsoluteUri}

            If you notice the signs, report your concern. In an emergency call 999.

            City of London Corporation
            """;
        return OutboxMessage.Email(Kind, email, subject, body, now);
    }
}
