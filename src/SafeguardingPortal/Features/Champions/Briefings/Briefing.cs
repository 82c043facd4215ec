namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>
/// One briefing session a champion ran for colleagues. Holds counts and what was covered, never anything about a
/// person or a case; the named attendees are the staff who signed in with the session's code.
/// </summary>
public sealed class Briefing
{
    public const int VenueMaxLength = 100;
    public const int TopicMaxLength = 100;
    public const int MaxHeadCount = 1000;
    public const int MaxDurationMinutes = 480;

    /// <summary>How long after the session's end attendees can still sign in: people sign in on the way out.</summary>
    public static readonly TimeSpan SignInGrace = TimeSpan.FromMinutes(30);

    public Guid Id { get; init; }

    /// <summary>A department slug from <c>content/reference/departments.yml</c>.</summary>
    public string Department { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int HeadCount { get; set; }

    public BriefingFormat Format { get; set; }

    public int DurationMinutes { get; set; }

    public string? Venue { get; set; }

    public string? Topic { get; set; }

    public string? Notes { get; set; }

    public Guid LoggedBy { get; init; }

    public DateTimeOffset LoggedAt { get; init; }

    /// <summary>Logged more than 30 days after it was held: shown to the lead, not refused.</summary>
    public bool Backdated { get; set; }

    /// <summary>The key the rotating sign-in code is derived from (<see cref="AttendanceCodes"/>).</summary>
    public byte[] SignInSecret { get; init; } = [];

    /// <summary>Sign-in opens when the session is logged and closes this long after its end.</summary>
    public DateTimeOffset SignInCloses { get; set; }

    public List<BriefingFacilitator> Facilitators { get; init; } = [];

    public List<BriefingAttendee> Attendees { get; init; } = [];
}

/// <summary>A champion who ran (or co-ran) a briefing; the session is counted once however many there are.</summary>
public sealed class BriefingFacilitator
{
    public Guid BriefingId { get; init; }

    public Guid UserId { get; init; }
}

/// <summary>A member of staff who signed in to a briefing; unique per briefing, so a second scan counts once.</summary>
public sealed class BriefingAttendee
{
    public Guid BriefingId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset SignedInAt { get; init; }

    /// <summary>Set when this attendee has answered the two feedback questions; the answers are stored apart, unlinked.</summary>
    public bool GaveFeedback { get; set; }
}

/// <summary>An attendee's two-tap feedback, kept without who gave it.</summary>
public sealed class BriefingFeedback
{
    public const int MinimumShown = 5;

    public Guid Id { get; init; }

    public Guid BriefingId { get; init; }

    /// <summary>"How confident are you to report a concern?" from 1 (not at all) to 5 (very).</summary>
    public int Confidence { get; init; }

    /// <summary>"Do you know whom to contact?"</summary>
    public bool KnowsWhomToContact { get; init; }
}
