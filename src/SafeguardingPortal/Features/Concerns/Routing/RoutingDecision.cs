namespace SafeguardingPortal.Features.Concerns.Routing;

// The decision (routing.md §11.3). Arrays are never null.

public enum Urgency
{
    P0,
    P1,
    P2,
    P3,
}

public enum Team
{
    Children,
    Adults,
    Lado,
    Prevent,
    DepartmentLead,
    SafeguardingLead,
    Police101,
}

public enum RoutingAction
{
    Referral,
    InformationRecord,
    Copy,
    Signpost,
    Transfer,
    NotifyHomeAuthority,
}

public enum Signpost
{
    Nspcc,
    Childline,
    DomesticAbuseHelpline,
    ModernSlaveryHelpline,
    AntiTerroristHotline,
    ActionFraud,
    Ceop,
    FgmHelpline,
    MentalHealthCrisis,
    FindYourCouncil,
}

public enum Duty
{
    FgmMandatoryReport,
}

/// <param name="AuthorityCode"><c>E09000001</c> for every City or Corporation recipient, the other council's code for its signposts and notifications, null only for police 101.</param>
/// <param name="PersonIndex">The person's zero-based index, or null for report-level destinations.</param>
public sealed record Destination(Team Team, string? AuthorityCode, RoutingAction Action, int? PersonIndex);

/// <param name="Candidates">The councils to choose from; empty for an unknown postcode (offer the full register).</param>
public sealed record AuthorityChoice(int PersonIndex, IReadOnlyList<string> Candidates);

public sealed record RoutingDecision(
    Urgency Urgency,
    bool EmergencyAdvice,
    bool OfficeHours,
    DateOnly NextWorkingDay,
    IReadOnlyList<AuthorityChoice> NeedsAuthorityChoice,
    IReadOnlyList<Destination> Destinations,
    IReadOnlyList<Signpost> Signposts,
    IReadOnlyList<Duty> Duties,
    IReadOnlyList<string> Rules);
