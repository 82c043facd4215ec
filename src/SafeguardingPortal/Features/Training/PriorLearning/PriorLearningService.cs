using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.Features.Training.PriorLearning;

/// <summary>
/// Prior learning from claim to decision: the evidence is encrypted on the way in, every opening of it is audited,
/// and an approval issues a certificate through <see cref="TrainingService"/> like any other completion.
/// </summary>
public sealed class PriorLearningService(PortalDbContext db, TrainingService training, AuditLog audit, PortalLinks links, IDataProtectionProvider protection, TimeProvider time)
{
    public const string SubjectType = "PriorLearningClaim";
    private const string Purpose = "SafeguardingPortal.Training.PriorLearning.v1";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public async Task<PriorLearningClaim> SubmitAsync(Guid userId, Course course, string provider, DateOnly completedOn, string contentType, byte[] evidence)
    {
        var claim = new PriorLearningClaim
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Course = course.Slug,
            Provider = provider,
            CompletedOn = completedOn,
            EvidenceContentType = contentType,
            ProtectedEvidence = Protector.Protect(evidence),
            SubmittedAt = time.GetUtcNow(),
            Status = ClaimStatus.Pending,
        };
        db.Add(claim);
        await db.SaveChangesAsync();
        return claim;
    }

    /// <summary>The evidence in the clear, with an audit record of who opened it saved first.</summary>
    public async Task<byte[]> OpenEvidenceAsync(PriorLearningClaim claim, ClaimsPrincipal reviewer)
    {
        audit.Record(reviewer, "prior-learning.evidence-viewed", SubjectType, claim.Id.ToString());
        await db.SaveChangesAsync();
        return Protector.Unprotect(claim.ProtectedEvidence);
    }

    public string? RejectionReason(PriorLearningClaim claim) =>
        claim.ProtectedRejectionReason is null ? null : Protector.Unprotect(claim.ProtectedRejectionReason);

    /// <summary>Issues the certificate, with the level and expiry the lead chose, and tells the learner.</summary>
    public async Task ApproveAsync(PriorLearningClaim claim, Course course, string level, DateOnly expiresOn, ClaimsPrincipal reviewer)
    {
        var certificate = await training.IssueAsync(claim.UserId, course, CompletionMethod.PriorLearning, claim.CompletedOn, expiresOn, level);
        claim.CertificateId = certificate.Id;
        await DecideAsync(claim, ClaimStatus.Approved, course, reviewer, $"{level}, expires {expiresOn:yyyy-MM-dd}");
    }

    public async Task RejectAsync(PriorLearningClaim claim, Course course, string reason, ClaimsPrincipal reviewer)
    {
        claim.ProtectedRejectionReason = Protector.Protect(reason);
        await DecideAsync(claim, ClaimStatus.Rejected, course, reviewer, null);
    }

    /// <summary>The decision, its audit record and the learner's email are saved together, so none goes without the others.</summary>
    private async Task DecideAsync(PriorLearningClaim claim, ClaimStatus status, Course course, ClaimsPrincipal reviewer, string? detail)
    {
        var now = time.GetUtcNow();
        claim.Status = status;
        claim.ReviewedBy = reviewer.UserId();
        claim.ReviewedAt = now;
        audit.Record(reviewer, status == ClaimStatus.Approved ? "prior-learning.approved" : "prior-learning.rejected", SubjectType, claim.Id.ToString(), detail: detail);
        var email = await db.Users.Where(u => u.Id == claim.UserId).Select(u => u.Email).SingleAsync();
        db.Add(PriorLearningEmails.Decision(course.Title, status == ClaimStatus.Approved, email, links.Absolute("/training/prior-learning"), now));
        await db.SaveChangesAsync();
    }
}
