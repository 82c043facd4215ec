namespace SafeguardingPortal.Features.Champions.Active;

/// <summary>
/// A manager's request for a briefing, routed to the department's champions. It holds dates and a head-count,
/// never anything about a person or a case (the notes pass <see cref="Briefings.BriefingNotes.Check"/>).
/// </summary>
public sealed class BriefingRequest
{
    public const int PreferredDatesMaxLength = 200;
    public const int MaxAudience = 1000;

    public Guid Id { get; init; }

    public string Department { get; init; } = "";

    public Guid RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public string PreferredDates { get; init; } = "";

    public int AudienceSize { get; init; }

    public string? Notes { get; init; }

    public Guid? AcceptedBy { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Set once by the job when nobody accepted in time; never cleared, so the lead is told once.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }
}

/// <summary>One version of the briefing pack; publishing a new one supersedes the current one.</summary>
public sealed class BriefingPackVersion
{
    public const int LabelMaxLength = 30;
    public const int ChangesMaxLength = 1000;
    public const int LinkMaxLength = 300;

    public Guid Id { get; init; }

    public string Label { get; init; } = "";

    public DateOnly IssuedOn { get; init; }

    public string Changes { get; init; } = "";

    /// <summary>Where the pack is: a resource path such as <c>/champions/resources/pack</c>, or a file name on the intranet.</summary>
    public string Link { get; init; } = "";

    public Guid PublishedBy { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public DateTimeOffset? SupersededAt { get; set; }
}

/// <summary>A quarterly champions' meeting: who came and the actions agreed, as plain text without personal identifiers.</summary>
public sealed class ChampionsMeeting
{
    /// <summary>Actions pass the briefing notes' identifier check, so they share its length.</summary>
    public const int ActionsMaxLength = Briefings.BriefingNotes.MaxLength;

    public Guid Id { get; init; }

    public DateOnly HeldOn { get; init; }

    public string Actions { get; init; } = "";

    public Guid RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public List<ChampionsMeetingAttendee> Attendees { get; init; } = [];
}

public sealed class ChampionsMeetingAttendee
{
    public Guid MeetingId { get; init; }

    public Guid UserId { get; init; }
}

/// <summary>
/// One message the champions' job sent: unique per subject (a champion or a request), kind and key, so a second run,
/// or a second instance, never sends it again. The key tells gaps, milestones and pack versions apart.
/// </summary>
public sealed class ChampionNotice
{
    public Guid Id { get; init; }

    public Guid SubjectId { get; init; }

    public string Kind { get; init; } = "";

    public string Key { get; init; } = "";

    public Guid OutboxMessageId { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
