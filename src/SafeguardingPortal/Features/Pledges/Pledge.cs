namespace SafeguardingPortal.Features.Pledges;

/// <summary>Who took a pledge: signed-in staff, an elected Member, a partner, or a member of the public without an account.</summary>
public enum PledgeSource
{
    Staff,
    Member,
    Partner,
    Public,
}

/// <summary>
/// One pledge to report any safeguarding concern. Rows are never deleted: withdrawing or renewing stamps the row,
/// so "ever" counts keep it while current counts and the wall drop it at once.
/// </summary>
public sealed class Pledge
{
    public const int PersonalActionMaxLength = 140;
    public const int FirstNameMaxLength = 50;
    public const int EmailMaxLength = 254;

    public Guid Id { get; init; }

    /// <summary>The account that pledged; null for the public.</summary>
    public Guid? UserId { get; init; }

    /// <summary>Shown on the wall only when <see cref="ShowName"/> is set.</summary>
    public string? FirstName { get; init; }

    /// <summary>The email address encrypted with Data Protection: it is personal data and only the outbox needs it.</summary>
    public string? ProtectedEmail { get; init; }

    /// <summary>A department slug from <c>content/reference/departments.yml</c>, copied from the account when pledging.</summary>
    public string? Department { get; init; }

    public string? PersonalAction { get; init; }

    public DateTimeOffset PledgedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The person chose to appear on the pledge wall.</summary>
    public bool OnWall { get; init; }

    /// <summary>The wall shows the first name (and department) rather than "a colleague".</summary>
    public bool ShowName { get; init; }

    public PledgeSource Source { get; init; }

    /// <summary>Why a suspicious public pledge was kept out of counts and off the wall (saved, not dropped, so it can be reviewed).</summary>
    public string? QuarantineReason { get; init; }

    /// <summary>The pledge that replaced this lapsed one when its owner renewed it; a renewed pledge is ended, like a withdrawn one.</summary>
    public Guid? RenewedAsId { get; set; }

    /// <summary>When the 30-day follow-up email was written to the outbox; set once, in the same transaction.</summary>
    public DateTimeOffset? FollowUpSentAt { get; set; }

    /// <summary>The answer to the 30-day follow-up: null until answered.</summary>
    public bool? Honoured { get; set; }
}
