using System.Security.Claims;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Training.FaceToFace;

/// <summary>One face-to-face session saved with its attendees, their certificates and the audit record, all or nothing.</summary>
public sealed class FaceToFaceService(PortalDbContext db, TrainingService training, AuditLog audit, TimeProvider time)
{
    /// <param name="accounts">Attendees with an account (id and name): each gets a certificate, as if they had passed online.</param>
    /// <param name="namesOnly">Attendees without an account: on the sign-in sheet, with no certificate.</param>
    public async Task<FaceToFaceSession> RecordAsync(Course course, string department, DateOnly heldOn, string trainer, IReadOnlyList<(Guid Id, string Name)> accounts, IReadOnlyList<string> namesOnly, ClaimsPrincipal recorder)
    {
        var session = new FaceToFaceSession
        {
            Id = Guid.NewGuid(),
            Course = course.Slug,
            Department = department,
            HeldOn = heldOn,
            Trainer = trainer,
            RecordedBy = recorder.UserId() ?? throw new InvalidOperationException("Recording attendance needs a signed-in user"),
            RecordedAt = time.GetUtcNow(),
        };
        foreach (var (id, name) in accounts)
        {
            var certificate = await training.IssueAsync(id, course, CompletionMethod.FaceToFace, heldOn, Refreshers.Due(heldOn, course.ValidityYears), course.LevelName);
            session.Attendees.Add(new FaceToFaceAttendee { Id = Guid.NewGuid(), UserId = id, Name = name, CertificateId = certificate.Id });
        }

        session.Attendees.AddRange(namesOnly.Select(name => new FaceToFaceAttendee { Id = Guid.NewGuid(), Name = name }));
        db.Add(session);
        audit.Record(recorder, "face-to-face.recorded", nameof(FaceToFaceSession), session.Id.ToString(), detail: $"{department}: {accounts.Count} certificates, {namesOnly.Count} without an account");
        await db.SaveChangesAsync();
        return session;
    }
}
