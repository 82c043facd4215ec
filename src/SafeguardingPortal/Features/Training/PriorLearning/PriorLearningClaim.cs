namespace SafeguardingPortal.Features.Training.PriorLearning;

public enum ClaimStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// A learner's evidence of equivalent training done elsewhere, waiting for (or decided by) a safeguarding lead.
/// The evidence file is personal data, so it is stored only as Data Protection ciphertext.
/// </summary>
public sealed class PriorLearningClaim
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The slug of the course the training elsewhere replaces.</summary>
    public string Course { get; set; } = "";

    public string Provider { get; set; } = "";
    public DateOnly CompletedOn { get; set; }

    /// <summary>The type found from the file's first bytes, never the name or the browser's claim.</summary>
    public string EvidenceContentType { get; set; } = "";

    public byte[] ProtectedEvidence { get; set; } = [];
    public DateTimeOffset SubmittedAt { get; set; }
    public ClaimStatus Status { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Why it was not accepted, as Data Protection ciphertext: it is about the learner.</summary>
    public string? ProtectedRejectionReason { get; set; }

    /// <summary>The certificate an approval issued.</summary>
    public Guid? CertificateId { get; set; }
}
