namespace SafeguardingPortal.Features.Training.FaceToFace;

/// <summary>A briefing given in person, for staff who do not use a computer at work, as recorded by a lead or champion.</summary>
public sealed class FaceToFaceSession
{
    public Guid Id { get; set; }
    public string Course { get; set; } = "";
    public string Department { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string Trainer { get; set; } = "";
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public List<FaceToFaceAttendee> Attendees { get; } = [];
}

/// <summary>
/// Someone at a session. With an account, the attendance issues a certificate; a name alone (no account) is kept as
/// the sign-in sheet only, because a certificate must belong to someone the portal can remind and verify.
/// </summary>
public sealed class FaceToFaceAttendee
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid? UserId { get; set; }
    public string Name { get; set; } = "";
    public Guid? CertificateId { get; set; }
}
