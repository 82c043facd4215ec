namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>A briefing as the log form sends it once it is valid: three required answers, two defaulted, the rest optional.</summary>
public sealed record BriefingInput(
    string Department,
    DateOnly HeldOn,
    int HeadCount,
    BriefingFormat Format,
    int DurationMinutes,
    string? Venue,
    string? Topic,
    string? Notes,
    IReadOnlyCollection<Guid> CoFacilitators);
